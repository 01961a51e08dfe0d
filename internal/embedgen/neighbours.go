package main

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// neighbour is a near word of a row.
type neighbour struct {
	row int
	cos float64
}

// noRow marks an unused neighbour entry.
const noRow = 0xFFFF

// neighbours returns each row's o.k nearest rows with a cosine of at least o.floor,
// nearest first (ties by row). Rows are shared out to every core.
func neighbours(t *table, o options) [][]neighbour {
	n := len(t.words)
	out := make([][]neighbour, n)
	var wg sync.WaitGroup
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				var best []neighbour
				for j := range n {
					if j == i {
						continue
					}
					c := t.cosine(i, j)
					if c < o.floor {
						continue
					}
					best = append(best, neighbour{j, c})
				}
				slices.SortFunc(best, func(a, b neighbour) int {
					if a.cos != b.cos {
						return cmp.Compare(b.cos, a.cos)
					}
					return a.row - b.row
				})
				if len(best) > o.k {
					best = best[:o.k]
				}
				out[i] = best
			}
		}()
	}
	wg.Wait()
	return out
}

// encodeNeighbours lays the lists out as neighbours.bin: k entries per row of a
// little-endian uint16 row and a uint8 cosine×255 (rounded down, so a stored cosine never
// exceeds the true one), unused entries noRow.
func encodeNeighbours(nb [][]neighbour, k int) []byte {
	out := make([]byte, 0, len(nb)*k*3)
	for _, list := range nb {
		for e := range k {
			if e < len(list) {
				out = binary.LittleEndian.AppendUint16(out, uint16(list[e].row))
				out = append(out, byte(math.Floor(math.Min(list[e].cos, 1)*255)))
				continue
			}
			out = binary.LittleEndian.AppendUint16(out, noRow)
			out = append(out, 0)
		}
	}
	return out
}

// describe lists a word's neighbours for -explain.
func describe(t *table, nb [][]neighbour, w string) string {
	i, ok := t.row[w]
	if !ok {
		return "(not kept)"
	}
	var parts []string
	for _, x := range nb[i] {
		parts = append(parts, fmt.Sprintf("%s %.2f", t.words[x.row], x.cos))
	}
	return strings.Join(parts, ", ")
}
