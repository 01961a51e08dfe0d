// Package furniture is the page-structure stage of claims: Filter groups a report's
// segmented sentences into paragraphs and marks as excluded, each with a class and the
// cue that decided it, the page furniture around the article (navigation, captions,
// credits, bylines, promotions, related links, legal and cookie notices, embeds) and
// sentences off the topic the reports share.
//
// It reads the sentences claims.Segment produced, so it imports claims; extraction
// then skips what it excluded. compare.Analyze runs the three in order.
package furniture
