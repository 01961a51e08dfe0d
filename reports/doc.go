// Package reports renders comparison results for people and machines: one
// file per output format, all fed by the same compare.Result.
package reports
