# include.s - .include hides code from afterburn
	.text
	.include "other.s"
