// Package load is the first stage of claims: it reads one report from a file, stdin
// or an http(s) URL into a Document, decoding its charset and taking the article text
// out of HTML or Markdown with a map from every text byte back to the original file,
// and finds its title, outlet, author and publication date.
//
// It is the lowest package of the pipeline: claims segments and extracts from its
// Documents, and claims/furniture marks their page furniture.
package load
