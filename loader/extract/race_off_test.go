//go:build !race

package extract

// raceEnabled reports that the race detector is on.
const raceEnabled = false
