package extract

// findPositions reads actors' positions on named agreements. Not yet
// implemented: see the package report.
func (x *extractor) findPositions() {}
