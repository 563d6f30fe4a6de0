package extract

import "github.com/actorgraph/actorgraph/domain"

// dropOwnProposalEndorsements takes back the endorsements of a measure
// by an actor that proposed it: "A and B agreed to set up a joint
// committee … A had proposed the committee" is A's proposal and B's
// endorsement, not A's both (a proposer supports what it proposes; no
// gold gives one actor both stances on one measure).
func (x *extractor) dropOwnProposalEndorsements() {
	type stance struct{ subj, obj string }
	proposed := map[stance]bool{}
	for _, f := range x.facts {
		if !f.Literal && f.Predicate == domain.Proposed {
			proposed[stance{f.Subject, f.Object}] = true
		}
	}
	if len(proposed) == 0 {
		return
	}
	x.dropFacts(func(f domain.Fact) bool {
		return !f.Literal && f.Predicate == domain.Endorsed && proposed[stance{f.Subject, f.Object}]
	})
}
