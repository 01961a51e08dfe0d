// Package compare aligns claims across reports and judges each aligned group.
//
// Candidate pairs come from an inverted index over lemmas, entities and value
// types; similar claims are grouped; verdict rules (one file each) decide
// whether a group agrees, disagrees or is unique to one report, and say why.
package compare
