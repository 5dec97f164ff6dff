# data-section.s - a sensitive instruction in a data section
	.data
	cli
