package extract

// roleReadTests test the role rules of rules_role.go and the title
// reading they share (rules.go's titleRole), on parses that hang a
// title's words or body away from the name: "Corvin Chief Executive X"
// read with "Corvin" conjoined to a name before and "Executive" as an
// adjective of the name.
var roleReadTests = []ruleTest{
	{
		rule: "role-premodifier",
		text: "The ruling came two days after a meeting in Oslo between Vos and Corvin Chief Executive Mara Lind, who flew in.",
		want: []string{"person:mara-lind head_of org:corvin", `person:mara-lind title "Chief Executive"`},
	},
}
