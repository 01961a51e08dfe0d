package reports

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/websocket"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// The browser test drives Debian's chromium over the Chrome DevTools Protocol
// with golang.org/x/net/websocket (already in the module graph), so it needs
// no browser-automation dependency.

// chromiumPath finds a Chromium binary, or "" when none is installed.
func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// cdp is a minimal DevTools Protocol client for one page.
type cdp struct {
	t      *testing.T
	ws     *websocket.Conn
	mu     sync.Mutex
	nextID int
	wait   map[int]chan cdpMessage
	events []cdpMessage
	loaded chan struct{}
}

type cdpMessage struct {
	ID     int             `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startChromium launches a headless browser with a fresh profile and connects to its first page.
func startChromium(t *testing.T, ctx context.Context, bin string) *cdp {
	t.Helper()
	// The profile is not a t.TempDir: Chromium's helper processes may still be
	// writing to it for a moment after the browser is killed, which would fail
	// the test in t.TempDir's own cleanup. It is removed best-effort below.
	profile, err := os.MkdirTemp("", "claimdiff-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--disable-dev-shm-usage", "--user-data-dir="+profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
		"--window-size=1280,900", "about:blank")
	ownGroup(cmd)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	t.Cleanup(func() {
		killGroup(cmd)
		_ = cmd.Wait()
		for i := 0; i < 40; i++ {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Logf("left browser profile %s behind", profile)
	})
	listening := regexp.MustCompile(`DevTools listening on (ws://[^\s]+)`)
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	var browserURL string
	select {
	case browserURL = <-found:
	case <-ctx.Done():
		t.Fatal("chromium did not start its DevTools server")
	}
	host := strings.TrimPrefix(browserURL, "ws://")
	host = host[:strings.Index(host, "/")]
	var pageWS string
	for pageWS == "" {
		req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+host+"/json/list", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("list targets: %v", err)
		}
		var targets []struct{ Type, WebSocketDebuggerURL string }
		err = json.NewDecoder(resp.Body).Decode(&targets)
		resp.Body.Close()
		if err != nil {
			t.Fatalf("list targets: %v", err)
		}
		for _, tg := range targets {
			if tg.Type == "page" {
				pageWS = tg.WebSocketDebuggerURL
			}
		}
		if pageWS == "" {
			select {
			case <-ctx.Done():
				t.Fatal("chromium opened no page")
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	ws, err := websocket.Dial(pageWS, "", "http://localhost/")
	if err != nil {
		t.Fatalf("connect to page: %v", err)
	}
	ws.MaxPayloadBytes = 64 << 20
	t.Cleanup(func() { ws.Close() })
	c := &cdp{t: t, ws: ws, wait: map[int]chan cdpMessage{}, loaded: make(chan struct{}, 4)}
	go c.read()
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable", "Network.enable"} {
		c.call(ctx, m, nil)
	}
	return c
}

func (c *cdp) read() {
	for {
		var data []byte
		if err := websocket.Message.Receive(c.ws, &data); err != nil {
			return
		}
		var m cdpMessage
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		c.mu.Lock()
		if m.ID != 0 {
			if ch := c.wait[m.ID]; ch != nil {
				ch <- m
				delete(c.wait, m.ID)
			}
		} else {
			c.events = append(c.events, m)
			if m.Method == "Page.loadEventFired" {
				c.loaded <- struct{}{}
			}
		}
		c.mu.Unlock()
	}
}

// call sends one command and waits for its result.
func (c *cdp) call(ctx context.Context, method string, params any) json.RawMessage {
	c.t.Helper()
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan cdpMessage, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	msg, _ := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err := websocket.Message.Send(c.ws, string(msg)); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			c.t.Fatalf("%s: %s", method, m.Error.Message)
		}
		return m.Result
	case <-ctx.Done():
		c.t.Fatalf("%s: no answer from chromium", method)
	}
	return nil
}

// eval runs a JavaScript expression in the page and decodes its JSON value into out.
func (c *cdp) eval(ctx context.Context, expr string, out any) {
	c.t.Helper()
	res := c.call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		c.t.Fatalf("evaluate: %v", err)
	}
	if r.Exception != nil {
		c.t.Fatalf("evaluate %q: %s", expr, r.Exception.Text)
	}
	if out != nil {
		if err := json.Unmarshal(r.Result.Value, out); err != nil {
			c.t.Fatalf("evaluate %q: %v (%s)", expr, err, r.Result.Value)
		}
	}
}

// navigate loads a URL and waits for its load event.
func (c *cdp) navigate(ctx context.Context, url string) {
	c.t.Helper()
	c.call(ctx, "Page.navigate", map[string]any{"url": url})
	select {
	case <-c.loaded:
	case <-ctx.Done():
		c.t.Fatalf("%s did not finish loading", url)
	}
}

// problems lists console errors, uncaught exceptions and network requests
// other than the page itself, seen since the last call.
func (c *cdp) problems(page string) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, e := range c.events {
		switch e.Method {
		case "Runtime.exceptionThrown":
			out = append(out, "exception: "+string(e.Params))
		case "Runtime.consoleAPICalled":
			var p struct{ Type string }
			_ = json.Unmarshal(e.Params, &p)
			if p.Type == "error" || p.Type == "assert" {
				out = append(out, "console error: "+string(e.Params))
			}
		case "Log.entryAdded":
			var p struct {
				Entry struct{ Level, Text, URL string }
			}
			_ = json.Unmarshal(e.Params, &p)
			if p.Entry.Level == "error" {
				out = append(out, "log error: "+p.Entry.Text+" "+p.Entry.URL)
			}
		case "Network.requestWillBeSent":
			var p struct{ Request struct{ URL string } }
			_ = json.Unmarshal(e.Params, &p)
			if p.Request.URL != page && !strings.HasPrefix(p.Request.URL, "data:") {
				out = append(out, "network request: "+p.Request.URL)
			}
		}
	}
	c.events = nil
	return out
}

// longResult is the fixture with many unique details before its discrepancy's
// evidence, so the evidence starts out of view and clicking must scroll to it.
func longResult() *compare.Result {
	r := fixtureResult()
	var extra []compare.Finding
	for i := 0; i < 60; i++ {
		for _, src := range []string{"s1", "s2", "s3"} {
			s := fmt.Sprintf("Filler sentence %d of %s says something nobody else reports about the weather and the harbour.", i, src)
			extra = append(extra, compare.Finding{ID: fmt.Sprintf("U%s-%d", src, i), Verdict: compare.Unique, Kind: claims.KindStatement,
				Summary: "only " + src + " reports this", Confidence: 1,
				Claims: []claims.Claim{{Source: src, Kind: claims.KindStatement, Text: s, Sentence: s, Line: 10 + i, SentenceIndex: i}}})
		}
	}
	for i := range r.Findings {
		for j := range r.Findings[i].Claims {
			r.Findings[i].Claims[j].SentenceIndex += 100 // after the filler
			r.Findings[i].Claims[j].Line += 100
		}
	}
	r.Findings = append(r.Findings, extra...)
	return r
}

// TestHTMLInBrowser loads the HTML report in headless Chromium: no console
// errors or network requests, clicking a finding highlights its evidence in
// every report and scrolls it into view, and a screenshot is saved.
func TestHTMLInBrowser(t *testing.T) {
	bin := chromiumPath()
	if bin == "" {
		t.Skip("chromium is not installed (apt-get install chromium)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := HTML(&buf, longResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c := startChromium(t, ctx, bin)
	url := "file://" + page
	c.navigate(ctx, url)

	// The evidence of F1 sits below 60 filler sentences in each report: out of view.
	const state = `(function () {
		var out = [];
		document.querySelectorAll(".report").forEach(function (col) {
			var m = Array.prototype.find.call(col.querySelectorAll("mark[data-f]"), function (e) { return e.getAttribute("data-f").split(" ").indexOf("F1") >= 0; });
			if (!m) { out.push({report: col.id, found: false}); return; }
			var r = m.getBoundingClientRect(), body = col.querySelector(".body").getBoundingClientRect();
			out.push({report: col.id, found: true, hit: m.classList.contains("hit"),
				visible: r.top >= 0 && r.bottom <= window.innerHeight && r.top >= body.top && r.bottom <= body.bottom && r.width > 0,
				background: getComputedStyle(m).backgroundColor});
		});
		return out;
	})()`
	type evidence struct {
		Report     string `json:"report"`
		Found      bool   `json:"found"`
		Hit        bool   `json:"hit"`
		Visible    bool   `json:"visible"`
		Background string `json:"background"`
	}
	var before, after []evidence
	c.eval(ctx, state, &before)
	if len(before) != 3 {
		t.Fatalf("page shows %d report columns, want 3: %+v", len(before), before)
	}
	for _, e := range before {
		if !e.Found {
			t.Fatalf("report %s has no evidence element for F1", e.Report)
		}
		if e.Hit || e.Visible {
			t.Fatalf("before the click, evidence in %s is already highlighted or visible: %+v", e.Report, e)
		}
	}
	c.eval(ctx, `document.querySelector('#findings button.pick[data-id="F1"]').click(); true`, nil)
	c.eval(ctx, `new Promise(function (ok) { requestAnimationFrame(function () { requestAnimationFrame(function () { ok(true); }); }); })`, nil)
	c.eval(ctx, state, &after)
	for i, e := range after {
		if !e.Hit {
			t.Errorf("after clicking F1, its evidence in %s is not highlighted", e.Report)
		}
		if !e.Visible {
			t.Errorf("after clicking F1, its evidence in %s is not scrolled into view", e.Report)
		}
		if e.Background == before[i].Background {
			t.Errorf("evidence in %s kept its background %s: the highlight is not visible", e.Report, e.Background)
		}
	}
	var active bool
	c.eval(ctx, `document.getElementById("finding-F1").classList.contains("active")`, &active)
	if !active {
		t.Errorf("the clicked finding is not marked active")
	}

	shot := c.call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"})
	var img struct{ Data string }
	if err := json.Unmarshal(shot, &img); err != nil {
		t.Fatal(err)
	}
	png, err := base64.StdEncoding.DecodeString(img.Data)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("screenshot is not a PNG (%v)", err)
	}
	shotPath := filepath.Join(dir, "report.png")
	if err := os.WriteFile(shotPath, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", shotPath, len(png))
	for _, p := range c.problems(url) {
		t.Errorf("page problem: %s", p)
	}

	// Hostile article text must stay text: no script runs, nothing is fetched.
	hostilePage := filepath.Join(dir, "hostile.html")
	buf.Reset()
	if err := HTML(&buf, hostileResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(hostilePage, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c.navigate(ctx, "file://"+hostilePage)
	var pwned any
	c.eval(ctx, `window.__pwned === undefined ? null : window.__pwned`, &pwned)
	if pwned != nil {
		t.Errorf("article text ran script in the report: window.__pwned = %v", pwned)
	}
	var injected int
	c.eval(ctx, `document.querySelectorAll("body img, body a, body iframe, [onerror]").length`, &injected)
	if injected != 0 {
		t.Errorf("article text created %d elements", injected)
	}
	for _, p := range c.problems("file://" + hostilePage) {
		t.Errorf("hostile page problem: %s", p)
	}
}
