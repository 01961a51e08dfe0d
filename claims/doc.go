// Package claims turns news reports into evidence-bearing claims.
//
// The pipeline is Load (bytes → Document, package claims/load) → Segment (Document →
// Sentences with byte spans) → Filter (boilerplate and off-topic sentences marked
// excluded, each with a reason; package claims/furniture) → Extract (Sentence →
// Claims with typed, normalised values). Every claim keeps byte offsets into the
// original file, so a reader can always go back to the words it came from. The
// package map is in docs/architecture.md.
package claims
