package load

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decoded is an input converted to UTF-8 together with where each byte came from.
type decoded struct {
	text string
	// off maps each byte of text (plus one past the end) to a byte of the raw input;
	// nil means text byte i is raw byte base+i.
	off  []int
	base int
	// warning describes a conversion the user should know about.
	warning string
}

// rawOffset maps a byte offset of the decoded text to the raw input.
func (d decoded) rawOffset(i int) int {
	if d.off == nil {
		return d.base + i
	}
	if i < 0 {
		return 0
	}
	if i >= len(d.off) {
		return d.off[len(d.off)-1]
	}
	return d.off[i]
}

// decode converts raw bytes to UTF-8: UTF-8 (with or without BOM), UTF-16 with BOM or with
// the tell-tale zero bytes of ASCII text, and otherwise Windows-1252 for invalid UTF-8.
func decode(raw []byte) decoded {
	switch {
	case len(raw) >= 3 && raw[0] == 0xef && raw[1] == 0xbb && raw[2] == 0xbf:
		if utf8.Valid(raw[3:]) {
			return decoded{text: string(raw[3:]), base: 3}
		}
		d := decodeUTF8Lossy(raw, 3)
		return d
	case len(raw) >= 2 && raw[0] == 0xff && raw[1] == 0xfe:
		return decodeUTF16(raw, 2, false, "decoded from UTF-16LE")
	case len(raw) >= 2 && raw[0] == 0xfe && raw[1] == 0xff:
		return decodeUTF16(raw, 2, true, "decoded from UTF-16BE")
	}
	if utf8.Valid(raw) {
		if le, ok := utf16WithoutBOM(raw); ok {
			return decodeUTF16(raw, 0, !le, "decoded from UTF-16 (no byte order mark)")
		}
		return decoded{text: string(raw)}
	}
	if le, ok := utf16WithoutBOM(raw); ok {
		return decodeUTF16(raw, 0, !le, "decoded from UTF-16 (no byte order mark)")
	}
	// Mostly valid UTF-8 with a few stray bytes is still UTF-8; text without any
	// multi-byte sequence is an 8-bit code page, most often Windows-1252.
	multi, bad := utf8Stats(raw)
	if multi > bad {
		return decodeUTF8Lossy(raw, 0)
	}
	return decodeWindows1252(raw)
}

// utf8Stats counts valid multi-byte runes and invalid bytes.
func utf8Stats(raw []byte) (multi, bad int) {
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			bad++
		case size > 1:
			multi++
		}
		i += max(size, 1)
	}
	return multi, bad
}

// utf16WithoutBOM detects UTF-16 text of mostly ASCII characters by its zero bytes.
func utf16WithoutBOM(raw []byte) (littleEndian bool, ok bool) {
	n := len(raw)
	if n < 4 || n%2 != 0 {
		return false, false
	}
	if n > 4096 {
		n = 4096
	}
	var evenZero, oddZero int
	for i := 0; i+1 < n; i += 2 {
		if raw[i] == 0 {
			evenZero++
		}
		if raw[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 >= pairs*7 && evenZero*20 <= pairs:
		return true, true
	case evenZero*10 >= pairs*7 && oddZero*20 <= pairs:
		return false, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 code units starting at raw[start], recording offsets.
func decodeUTF16(raw []byte, start int, bigEndian bool, warning string) decoded {
	var b strings.Builder
	off := make([]int, 0, len(raw))
	var buf [4]byte
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(raw[i])<<8 | uint16(raw[i+1])
		}
		return uint16(raw[i+1])<<8 | uint16(raw[i])
	}
	i := start
	for i+1 < len(raw) {
		u := unit(i)
		r, width := rune(u), 2
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if i+3 < len(raw) {
				if d := utf16.DecodeRune(rune(u), rune(unit(i+2))); d != utf8.RuneError {
					r, width = d, 4
				}
			}
		}
		n := utf8.EncodeRune(buf[:], r)
		b.Write(buf[:n])
		for k := 0; k < n; k++ {
			off = append(off, i)
		}
		i += width
	}
	off = append(off, len(raw))
	if i < len(raw) {
		warning += " (odd trailing byte ignored)"
	}
	return decoded{text: b.String(), off: off, warning: warning}
}

// decodeUTF8Lossy keeps valid UTF-8 and replaces invalid bytes with U+FFFD.
func decodeUTF8Lossy(raw []byte, start int) decoded {
	var b strings.Builder
	off := make([]int, 0, len(raw))
	bad := 0
	for i := start; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			b.WriteString("\ufffd")
			off = append(off, i, i, i)
			i++
			continue
		}
		b.Write(raw[i : i+size])
		for k := 0; k < size; k++ {
			off = append(off, i+k)
		}
		i += size
	}
	off = append(off, len(raw))
	return decoded{text: b.String(), off: off, warning: fmt.Sprintf("%d invalid UTF-8 byte(s) replaced", bad)}
}

// decodeWindows1252 reads every byte as a Windows-1252 character.
func decodeWindows1252(raw []byte) decoded {
	var b strings.Builder
	off := make([]int, 0, len(raw)+len(raw)/4)
	var buf [4]byte
	dec := charmap.Windows1252
	for i, c := range raw {
		r := dec.DecodeByte(c)
		n := utf8.EncodeRune(buf[:], r)
		b.Write(buf[:n])
		for k := 0; k < n; k++ {
			off = append(off, i)
		}
	}
	off = append(off, len(raw))
	return decoded{text: b.String(), off: off, warning: "not valid UTF-8: decoded as Windows-1252"}
}

// isBinary reports NUL bytes or a high share of control characters: not a text report.
func isBinary(text string) bool {
	if strings.IndexByte(text, 0) >= 0 {
		return true
	}
	var ctrl, total int
	for _, r := range text {
		total++
		if (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			ctrl++
		}
	}
	return total > 0 && ctrl*20 > total
}
