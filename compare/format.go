package compare

import "strconv"

// trimFloat prints a float without trailing zeros.
func trimFloat(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
