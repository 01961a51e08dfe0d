// Command langgen writes the trigram profiles of the language detector whatlanggo
// (github.com/abadojack/whatlanggo) as a plain table, so claimdiff can score a text
// against them with integer trigrams instead of the library's string maps (see
// claims/langdetect.go). The library keeps its profiles unexported, so they are read
// from its source in the module cache.
//
// It runs through `go generate ./claims/`; the generated file is committed.
//
// Output format (UTF-8 text, one line per language, in the library's source order):
//
//	script<TAB>lang<TAB>trigram<TAB>trigram...
//
// where script is a Unicode script name (unicode.Scripts), lang an ISO 639-3 code
// (whatlanggo.CodeToLang) and the trigrams are the profile's, most frequent first.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/abadojack/whatlanggo"
)

// module is the library the profiles come from.
const module = "github.com/abadojack/whatlanggo"

// profileVars names the library's profile lists and the script each one serves.
var profileVars = []struct{ name, script string }{
	{"latinLangs", "Latin"},
	{"cyrillicLangs", "Cyrillic"},
	{"arabicLangs", "Arabic"},
	{"devanagariLangs", "Devanagari"},
	{"hebrewLangs", "Hebrew"},
	{"ethiopicLangs", "Ethiopic"},
}

func main() {
	out := flag.String("out", "language_data/trigrams.txt", "output file")
	flag.Parse()
	b, err := generate()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "langgen:", err)
		os.Exit(1)
	}
}

// generate renders the library's profiles as the table described above.
func generate() ([]byte, error) {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	if err != nil {
		return nil, fmt.Errorf("locating %s: %w", module, err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(strings.TrimSpace(string(dir)), "lang.go"), nil, 0)
	if err != nil {
		return nil, err
	}
	langs, err := langConsts(f)
	if err != nil {
		return nil, err
	}
	lists := profileLists(f)
	var buf bytes.Buffer
	for _, pv := range profileVars {
		lit, ok := lists[pv.name]
		if !ok {
			return nil, fmt.Errorf("profile list %s not found", pv.name)
		}
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return nil, fmt.Errorf("%s: unexpected element", pv.name)
			}
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				return nil, fmt.Errorf("%s: unexpected key", pv.name)
			}
			lang, ok := langs[id.Name]
			if !ok || lang.Iso6393() == "" || whatlanggo.CodeToLang(lang.Iso6393()) != lang {
				return nil, fmt.Errorf("%s: language %s has no ISO 639-3 code", pv.name, id.Name)
			}
			tris, err := trigrams(kv.Value)
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", pv.name, id.Name, err)
			}
			buf.WriteString(pv.script + "\t" + lang.Iso6393())
			for _, t := range tris {
				buf.WriteString("\t" + t)
			}
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes(), nil
}

// langConsts maps the names of the library's Lang constants to their values, which
// are their positions in the iota block that declares them.
func langConsts(f *ast.File) (map[string]whatlanggo.Lang, error) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST || len(gd.Specs) == 0 {
			continue
		}
		out := map[string]whatlanggo.Lang{}
		for i, s := range gd.Specs {
			for _, n := range s.(*ast.ValueSpec).Names {
				out[n.Name] = whatlanggo.Lang(i)
			}
		}
		if out["Eng"] != whatlanggo.Eng || out["Zul"] != whatlanggo.Zul {
			return nil, errors.New("the Lang constants are not one iota block from Afr")
		}
		return out, nil
	}
	return nil, errors.New("no Lang constants")
}

// profileLists returns the composite literals of the package-level variables.
func profileLists(f *ast.File) map[string]*ast.CompositeLit {
	out := map[string]*ast.CompositeLit{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if i < len(vs.Values) {
					if lit, ok := vs.Values[i].(*ast.CompositeLit); ok {
						out[n.Name] = lit
					}
				}
			}
		}
	}
	return out
}

// trigrams reads a profile's string literals in order.
func trigrams(e ast.Expr) ([]string, error) {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, errors.New("profile is not a literal")
	}
	out := make([]string, 0, len(lit.Elts))
	for _, el := range lit.Elts {
		bl, ok := el.(*ast.BasicLit)
		if !ok || bl.Kind != token.STRING {
			return nil, errors.New("profile entry is not a string")
		}
		s, err := strconv.Unquote(bl.Value)
		if err != nil {
			return nil, err
		}
		if strings.ContainsAny(s, "\t\n") {
			return nil, fmt.Errorf("trigram %q holds a tab or line break", s)
		}
		out = append(out, s)
	}
	return out, nil
}
