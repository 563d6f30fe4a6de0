package extract

// Version names the extraction rules. The loader stores it in every
// article's content hash (loader.Hash), so that `server load` re-extracts
// the files that an earlier version read, and skips only those this
// version has read. Bump it with every change that changes what Article
// returns for some text: loader's TestExtractVersionFollowsGoldens fails
// when the reviewed golden files change and the version does not.
const Version = "2026.12.08.21"
