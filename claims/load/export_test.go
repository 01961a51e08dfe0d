package load

// The front-matter fuzz target lives in package load_test (it runs documents on
// through claims), so it reaches the two front-matter readers through these names.
var (
	SplitFrontMatter = splitFrontMatter
	ParseFrontMatter = parseFrontMatter
)
