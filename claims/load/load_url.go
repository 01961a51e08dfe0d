package load

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// maxRedirects is how many redirects a URL fetch follows.
const maxRedirects = 10

// errTooManyRedirects stops a redirect chain.
var errTooManyRedirects = errors.New("stopped after 10 redirects")

// fetchURL downloads an http(s) report within the size limit and parses it.
func fetchURL(rawURL string, opt Options) (*Document, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, inputErr(rawURL, "not a valid URL")
	}
	client := opt.Client
	if client == nil {
		timeout := opt.Timeout
		if timeout <= 0 {
			timeout = DefaultTimeout
		}
		client = &http.Client{Timeout: timeout}
	}
	// Follow at most maxRedirects, whatever client was given.
	c := *client
	prev := c.CheckRedirect
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return errTooManyRedirects
		}
		if prev != nil {
			return prev(req, via)
		}
		return nil
	}
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &InputError{Path: rawURL, Problem: "cannot build request", Err: err}
	}
	req.Header.Set("User-Agent", "claimdiff/1 (+report comparison)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5")
	resp, err := c.Do(req)
	if err != nil {
		return nil, &InputError{Path: rawURL, Problem: "cannot fetch", Err: fetchCause(err)}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, inputErr(rawURL, "server answered %s", resp.Status)
	}
	limit := opt.limit()
	if resp.ContentLength > limit {
		return nil, inputErr(rawURL, "larger than the size limit of %s", humanBytes(limit))
	}
	data, err := readLimited(rawURL, resp.Body, limit)
	if err != nil {
		return nil, err
	}
	if opt.Format == "" {
		opt.Format = formatFromContentType(resp.Header.Get("Content-Type"))
	}
	doc, err := Parse(rawURL, data, opt)
	if err != nil {
		return nil, err
	}
	doc.URL = resp.Request.URL.String()
	if doc.Outlet == "" {
		doc.Name = baseName(doc.URL)
	}
	return doc, nil
}

// fetchCause strips the url.Error wrapper (it repeats the URL) and names timeouts plainly.
func fetchCause(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out")
		}
		return ue.Err
	}
	return err
}

// formatFromContentType maps a response type to a format; unknown types are sniffed.
func formatFromContentType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html"
	case mt == "text/markdown" || mt == "text/x-markdown":
		return "markdown"
	case strings.HasPrefix(mt, "text/"):
		return "text"
	}
	return ""
}
