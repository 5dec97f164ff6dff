	.text
	.file	"portio.c"
	.file	0 "." "portio.c" md5 0x3c47ff572d301ac4845ec7ca59d9801a
	.globl	serial_putc                     # -- Begin function serial_putc
	.p2align	4, 0x90
	.type	serial_putc,@function
serial_putc:                            # @serial_putc
.Lfunc_begin0:
	.loc	0 39 0                          # portio.c:39:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: serial_putc:c <- $edi
	movw	$1021, %dx                      # imm = 0x3FD
.Ltmp0:
	.p2align	4, 0x90
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: serial_putc:c <- $edi
	#DEBUG_VALUE: inb:port <- 1021
	.loc	0 5 2 prologue_end              # portio.c:5:2
	#APP
	inb %dx, %al
	#NO_APP
.Ltmp1:
	#DEBUG_VALUE: inb:v <- $al
	.loc	0 40 9                          # portio.c:40:9
	testb	$32, %al
	.loc	0 40 2 is_stmt 0                # portio.c:40:2
	je	.LBB0_1
.Ltmp2:
# %bb.2:
	#DEBUG_VALUE: serial_putc:c <- $edi
	#DEBUG_VALUE: outb:v <- $dil
	#DEBUG_VALUE: outb:port <- 1016
	.loc	0 11 2 is_stmt 1                # portio.c:11:2
	movl	%edi, %eax
	movw	$1016, %dx                      # imm = 0x3F8
	#APP
	outb %al, %dx
	#NO_APP
.Ltmp3:
	.loc	0 43 1                          # portio.c:43:1
	retq
.Ltmp4:
.Lfunc_end0:
	.size	serial_putc, .Lfunc_end0-serial_putc
	.cfi_endproc
                                        # -- End function
	.globl	serial_puts                     # -- Begin function serial_puts
	.p2align	4, 0x90
	.type	serial_puts,@function
serial_puts:                            # @serial_puts
.Lfunc_begin1:
	.loc	0 46 0                          # portio.c:46:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: serial_puts:s <- $rdi
	.p2align	4, 0x90
.LBB1_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_4 Depth 2
                                        #     Child Loop BB1_6 Depth 2
	#DEBUG_VALUE: serial_puts:s <- $rdi
	#DEBUG_VALUE: serial_puts:s <- $rdi
	.loc	0 47 9 prologue_end             # portio.c:47:9
	movb	(%rdi), %cl
	.loc	0 47 2 is_stmt 0                # portio.c:47:2
	cmpb	$10, %cl
	je	.LBB1_4
.Ltmp5:
# %bb.2:                                #   in Loop: Header=BB1_1 Depth=1
	#DEBUG_VALUE: serial_puts:s <- $rdi
	testb	%cl, %cl
	jne	.LBB1_6
	jmp	.LBB1_3
.Ltmp6:
	.p2align	4, 0x90
.LBB1_4:                                #   Parent Loop BB1_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#DEBUG_VALUE: serial_puts:s <- $rdi
	#DEBUG_VALUE: inb:port <- 1021
	.loc	0 5 2 is_stmt 1                 # portio.c:5:2
	movw	$1021, %dx                      # imm = 0x3FD
	#APP
	inb %dx, %al
	#NO_APP
.Ltmp7:
	#DEBUG_VALUE: inb:v <- $al
	.loc	0 40 9                          # portio.c:40:9
	testb	$32, %al
	.loc	0 40 2 is_stmt 0                # portio.c:40:2
	je	.LBB1_4
.Ltmp8:
# %bb.5:                                #   in Loop: Header=BB1_1 Depth=1
	#DEBUG_VALUE: serial_puts:s <- $rdi
	#DEBUG_VALUE: outb:v <- 13
	#DEBUG_VALUE: outb:port <- 1016
	.loc	0 11 2 is_stmt 1                # portio.c:11:2
	movb	$13, %al
	movw	$1016, %dx                      # imm = 0x3F8
	#APP
	outb %al, %dx
	#NO_APP
.Ltmp9:
	.loc	0 50 15                         # portio.c:50:15
	movb	(%rdi), %cl
	#DEBUG_VALUE: serial_putc:c <- $cl
.Ltmp10:
	.p2align	4, 0x90
.LBB1_6:                                #   Parent Loop BB1_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#DEBUG_VALUE: serial_puts:s <- $rdi
	#DEBUG_VALUE: inb:port <- 1021
	.loc	0 5 2                           # portio.c:5:2
	movw	$1021, %dx                      # imm = 0x3FD
	#APP
	inb %dx, %al
	#NO_APP
.Ltmp11:
	#DEBUG_VALUE: inb:v <- $al
	.loc	0 40 9                          # portio.c:40:9
	testb	$32, %al
	.loc	0 40 2 is_stmt 0                # portio.c:40:2
	je	.LBB1_6
.Ltmp12:
# %bb.7:                                #   in Loop: Header=BB1_1 Depth=1
	#DEBUG_VALUE: serial_puts:s <- $rdi
	.loc	0 50 17 is_stmt 1               # portio.c:50:17
	addq	$1, %rdi
.Ltmp13:
	#DEBUG_VALUE: serial_puts:s <- $rdi
	#DEBUG_VALUE: outb:v <- undef
	#DEBUG_VALUE: outb:port <- 1016
	.loc	0 11 2                          # portio.c:11:2
	movl	%ecx, %eax
	movw	$1016, %dx                      # imm = 0x3F8
	#APP
	outb %al, %dx
	#NO_APP
	jmp	.LBB1_1
.Ltmp14:
.LBB1_3:
	#DEBUG_VALUE: serial_puts:s <- $rdi
	.loc	0 52 1                          # portio.c:52:1
	retq
.Ltmp15:
.Lfunc_end1:
	.size	serial_puts, .Lfunc_end1-serial_puts
	.cfi_endproc
                                        # -- End function
	.globl	pic_remap                       # -- Begin function pic_remap
	.p2align	4, 0x90
	.type	pic_remap,@function
pic_remap:                              # @pic_remap
.Lfunc_begin2:
	.loc	0 55 0                          # portio.c:55:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: pic_remap:a <- $edi
	#DEBUG_VALUE: pic_remap:b <- $esi
	#DEBUG_VALUE: outb:v <- 17
	#DEBUG_VALUE: outb:port <- 160
	#DEBUG_VALUE: outb:v <- 17
	#DEBUG_VALUE: outb:port <- 32
	#DEBUG_VALUE: outb:v <- $dil
	.loc	0 11 2 prologue_end             # portio.c:11:2
	movb	$17, %al
	#APP
	outb %al, $32
	#NO_APP
.Ltmp16:
	#DEBUG_VALUE: outb:v <- -128
	#DEBUG_VALUE: outb:port <- 128
	.loc	0 11 2 is_stmt 0                # portio.c:11:2
	movb	$-128, %al
	#APP
	outb %al, $128
	#NO_APP
.Ltmp17:
	.loc	0 11 2                          # portio.c:11:2
	movb	$17, %al
	#APP
	outb %al, $160
	#NO_APP
.Ltmp18:
	#DEBUG_VALUE: outb:port <- 33
	.loc	0 11 2                          # portio.c:11:2
	movl	%edi, %eax
	#APP
	outb %al, $33
	#NO_APP
.Ltmp19:
	#DEBUG_VALUE: outb:v <- $sil
	#DEBUG_VALUE: outb:port <- 161
	.loc	0 11 2                          # portio.c:11:2
	movl	%esi, %eax
	#APP
	outb %al, $161
	#NO_APP
.Ltmp20:
	#DEBUG_VALUE: outb:v <- -1
	#DEBUG_VALUE: outb:port <- 33
	.loc	0 11 2                          # portio.c:11:2
	movb	$-1, %al
	#APP
	outb %al, $33
	#NO_APP
.Ltmp21:
	.loc	0 62 1 is_stmt 1                # portio.c:62:1
	retq
.Ltmp22:
.Lfunc_end2:
	.size	pic_remap, .Lfunc_end2-pic_remap
	.cfi_endproc
                                        # -- End function
	.globl	pci_read                        # -- Begin function pci_read
	.p2align	4, 0x90
	.type	pci_read,@function
pci_read:                               # @pci_read
.Lfunc_begin3:
	.loc	0 65 0                          # portio.c:65:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: pci_read:bus <- $edi
	#DEBUG_VALUE: pci_read:dev <- $esi
	#DEBUG_VALUE: pci_read:fn <- $edx
	#DEBUG_VALUE: pci_read:off <- $ecx
                                        # kill: def $ecx killed $ecx def $rcx
                                        # kill: def $edx killed $edx def $rdx
	.loc	0 66 40 prologue_end            # portio.c:66:40
	shll	$16, %edi
.Ltmp23:
	#DEBUG_VALUE: pci_read:bus <- [DW_OP_LLVM_entry_value 1] $edi
	.loc	0 66 52 is_stmt 0               # portio.c:66:52
	shll	$11, %esi
.Ltmp24:
	#DEBUG_VALUE: pci_read:dev <- [DW_OP_LLVM_entry_value 1] $esi
	.loc	0 66 58                         # portio.c:66:58
	orl	%edi, %esi
	.loc	0 66 63                         # portio.c:66:63
	shll	$8, %edx
.Ltmp25:
	#DEBUG_VALUE: pci_read:fn <- [DW_OP_LLVM_entry_value 1] $edx
	.loc	0 66 68                         # portio.c:66:68
	orl	%esi, %edx
	.loc	0 66 75                         # portio.c:66:75
	andl	$252, %ecx
.Ltmp26:
	#DEBUG_VALUE: pci_read:off <- [DW_OP_LLVM_entry_value 1] $ecx
	.loc	0 66 68                         # portio.c:66:68
	leal	(%rcx,%rdx), %eax
	orl	$-2147483648, %eax              # imm = 0x80000000
.Ltmp27:
	#DEBUG_VALUE: pci_read:addr <- $eax
	.loc	0 67 2 is_stmt 1                # portio.c:67:2
	movl	$3320, %edx                     # imm = 0xCF8
	#APP
	outl %eax, %dx
	#NO_APP
.Ltmp28:
	#DEBUG_VALUE: inl:port <- 3324
	.loc	0 17 2                          # portio.c:17:2
	movw	$3324, %dx                      # imm = 0xCFC
	#APP
	inl %dx, %eax
	#NO_APP
.Ltmp29:
	#DEBUG_VALUE: inl:v <- $eax
	.loc	0 68 2                          # portio.c:68:2
	retq
.Ltmp30:
.Lfunc_end3:
	.size	pci_read, .Lfunc_end3-pci_read
	.cfi_endproc
                                        # -- End function
	.globl	ide_read                        # -- Begin function ide_read
	.p2align	4, 0x90
	.type	ide_read,@function
ide_read:                               # @ide_read
.Lfunc_begin4:
	.loc	0 72 0                          # portio.c:72:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: ide_read:buf <- $rdi
	#DEBUG_VALUE: ide_read:out <- $rsi
	#DEBUG_VALUE: insb:buf <- $rdi
	#DEBUG_VALUE: insb:port <- 496
	#DEBUG_VALUE: insb:n <- 512
	.loc	0 28 2 prologue_end             # portio.c:28:2
	movl	$512, %ecx                      # imm = 0x200
	movw	$496, %dx                       # imm = 0x1F0
	#APP
	rep insb
	#NO_APP
.Ltmp31:
	#DEBUG_VALUE: ide_read:buf <- [DW_OP_LLVM_entry_value 1] $rdi
	#DEBUG_VALUE: insb:buf <- undef
	#DEBUG_VALUE: insb:n <- undef
	#DEBUG_VALUE: outsw:port <- 496
	#DEBUG_VALUE: outsw:buf <- $rsi
	#DEBUG_VALUE: outsw:n <- 256
	.loc	0 33 2                          # portio.c:33:2
	movl	$256, %ecx                      # imm = 0x100
	movw	$496, %dx                       # imm = 0x1F0
	#APP
	rep outsw
	#NO_APP
.Ltmp32:
	#DEBUG_VALUE: ide_read:out <- [DW_OP_LLVM_entry_value 1] $rsi
	#DEBUG_VALUE: outsw:buf <- undef
	#DEBUG_VALUE: outsw:n <- undef
	#DEBUG_VALUE: outw:v <- 0
	#DEBUG_VALUE: outw:port <- 502
	.loc	0 23 2                          # portio.c:23:2
	xorl	%eax, %eax
	movw	$502, %dx                       # imm = 0x1F6
	#APP
	outw %ax, %dx
	#NO_APP
.Ltmp33:
	.loc	0 76 1                          # portio.c:76:1
	retq
.Ltmp34:
.Lfunc_end4:
	.size	ide_read, .Lfunc_end4-ide_read
	.cfi_endproc
                                        # -- End function
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	9                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
	.long	.Ldebug_loc6-.Lloclists_table_base0
	.long	.Ldebug_loc7-.Lloclists_table_base0
	.long	.Ldebug_loc8-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp23-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp23-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin0      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # super-register DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp24-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # super-register DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp24-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin0      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	84                              # super-register DW_OP_reg4
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp25-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp25-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin0      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	81                              # super-register DW_OP_reg1
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # super-register DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin0      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	82                              # super-register DW_OP_reg2
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp27-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin4-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp31-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp31-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end4-.Lfunc_begin0      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin4-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp32-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end4-.Lfunc_begin0      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	84                              # DW_OP_reg4
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc7:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin4-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp31-.Lfunc_begin0          #   ending offset
	.byte	4                               # Loc expr size
	.byte	16                              # DW_OP_constu
	.byte	128                             # 512
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc8:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp31-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp32-.Lfunc_begin0          #   ending offset
	.byte	4                               # Loc expr size
	.byte	16                              # DW_OP_constu
	.byte	128                             # 256
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x357 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	0                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2b:0x4 DW_TAG_base_type
	.byte	3                               # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x2f:0x19 DW_TAG_subprogram
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	43                              # DW_AT_type
                                        # DW_AT_inline
	.byte	4                               # Abbrev [4] 0x37:0x8 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.long	72                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x3f:0x8 DW_TAG_variable
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	43                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x48:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4c:0x15 DW_TAG_subprogram
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	4                               # Abbrev [4] 0x50:0x8 DW_TAG_formal_parameter
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	43                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x58:0x8 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	72                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x61:0x45 DW_TAG_subprogram
	.byte	0                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	166                             # DW_AT_abstract_origin
	.byte	8                               # Abbrev [8] 0x6d:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	170                             # DW_AT_abstract_origin
	.byte	9                               # Abbrev [9] 0x74:0x15 DW_TAG_inlined_subroutine
	.long	47                              # DW_AT_abstract_origin
	.byte	1                               # DW_AT_low_pc
	.long	.Ltmp1-.Ltmp0                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	40                              # DW_AT_call_line
	.byte	11                              # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x81:0x7 DW_TAG_formal_parameter
	.ascii	"\375\007"                      # DW_AT_const_value
	.long	55                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x89:0x1c DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	2                               # DW_AT_low_pc
	.long	.Ltmp3-.Ltmp2                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	42                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	8                               # Abbrev [8] 0x96:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x9d:0x7 DW_TAG_formal_parameter
	.ascii	"\370\007"                      # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xa6:0xd DW_TAG_subprogram
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
                                        # DW_AT_inline
	.byte	4                               # Abbrev [4] 0xaa:0x8 DW_TAG_formal_parameter
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.long	179                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0xb3:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0xb7:0x88 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xc2:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	856                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0xcc:0x3e DW_TAG_inlined_subroutine
	.long	166                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp9-.Ltmp6                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	49                              # DW_AT_call_line
	.byte	4                               # DW_AT_call_column
	.byte	9                               # Abbrev [9] 0xd9:0x15 DW_TAG_inlined_subroutine
	.long	47                              # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp7-.Ltmp6                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	40                              # DW_AT_call_line
	.byte	11                              # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0xe6:0x7 DW_TAG_formal_parameter
	.ascii	"\375\007"                      # DW_AT_const_value
	.long	55                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xee:0x1b DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp9-.Ltmp8                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	42                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0xfb:0x6 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_const_value
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x101:0x7 DW_TAG_formal_parameter
	.ascii	"\370\007"                      # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x10a:0x34 DW_TAG_inlined_subroutine
	.long	166                             # DW_AT_abstract_origin
	.byte	0                               # DW_AT_ranges
	.byte	0                               # DW_AT_call_file
	.byte	50                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	9                               # Abbrev [9] 0x113:0x15 DW_TAG_inlined_subroutine
	.long	47                              # DW_AT_abstract_origin
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp11-.Ltmp10                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	40                              # DW_AT_call_line
	.byte	11                              # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x120:0x7 DW_TAG_formal_parameter
	.ascii	"\375\007"                      # DW_AT_const_value
	.long	55                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x128:0x15 DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp14-.Ltmp13                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	42                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x135:0x7 DW_TAG_formal_parameter
	.ascii	"\370\007"                      # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x13f:0xd3 DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0x14a:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	43                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0x154:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	43                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x15e:0x1a DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp16-.Lfunc_begin2           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	56                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x16b:0x6 DW_TAG_formal_parameter
	.byte	17                              # DW_AT_const_value
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x171:0x6 DW_TAG_formal_parameter
	.byte	32                              # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x178:0x24 DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	9                               # DW_AT_low_pc
	.long	.Ltmp17-.Ltmp16                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	57                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x185:0xf DW_TAG_formal_parameter
	.ascii	"\200\377\377\377\377\377\377\377\377\001" # DW_AT_const_value
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x194:0x7 DW_TAG_formal_parameter
	.ascii	"\200\001"                      # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x19c:0x1b DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	10                              # DW_AT_low_pc
	.long	.Ltmp18-.Ltmp17                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	58                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x1a9:0x6 DW_TAG_formal_parameter
	.byte	17                              # DW_AT_const_value
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x1af:0x7 DW_TAG_formal_parameter
	.ascii	"\240\001"                      # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1b7:0x1b DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	11                              # DW_AT_low_pc
	.long	.Ltmp19-.Ltmp18                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	59                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	8                               # Abbrev [8] 0x1c4:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x1cb:0x6 DW_TAG_formal_parameter
	.byte	33                              # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1d2:0x1c DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	12                              # DW_AT_low_pc
	.long	.Ltmp20-.Ltmp19                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	60                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	8                               # Abbrev [8] 0x1df:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x1e6:0x7 DW_TAG_formal_parameter
	.ascii	"\241\001"                      # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1ee:0x23 DW_TAG_inlined_subroutine
	.long	76                              # DW_AT_abstract_origin
	.byte	13                              # DW_AT_low_pc
	.long	.Ltmp21-.Ltmp20                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	61                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x1fb:0xf DW_TAG_formal_parameter
	.ascii	"\377\377\377\377\377\377\377\377\377\001" # DW_AT_const_value
	.long	80                              # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x20a:0x6 DW_TAG_formal_parameter
	.byte	33                              # DW_AT_const_value
	.long	88                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x212:0x19 DW_TAG_subprogram
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	555                             # DW_AT_type
                                        # DW_AT_inline
	.byte	4                               # Abbrev [4] 0x21a:0x8 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.long	72                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x222:0x8 DW_TAG_variable
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.long	555                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x22b:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	15                              # Abbrev [15] 0x22f:0x52 DW_TAG_subprogram
	.byte	14                              # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	555                             # DW_AT_type
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0x23e:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	555                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x247:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	555                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x250:0x9 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	555                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x259:0x9 DW_TAG_formal_parameter
	.byte	3                               # DW_AT_location
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	555                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x262:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	66                              # DW_AT_decl_line
	.long	555                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x26b:0x15 DW_TAG_inlined_subroutine
	.long	530                             # DW_AT_abstract_origin
	.byte	15                              # DW_AT_low_pc
	.long	.Ltmp29-.Ltmp28                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	68                              # DW_AT_call_line
	.byte	9                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x278:0x7 DW_TAG_formal_parameter
	.ascii	"\374\031"                      # DW_AT_const_value
	.long	538                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x281:0x1d DW_TAG_subprogram
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	4                               # Abbrev [4] 0x285:0x8 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	72                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x28d:0x8 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	670                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x295:0x8 DW_TAG_formal_parameter
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	671                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x29e:0x1 DW_TAG_pointer_type
	.byte	2                               # Abbrev [2] 0x29f:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x2a3:0x1d DW_TAG_subprogram
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	4                               # Abbrev [4] 0x2a7:0x8 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	72                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x2af:0x8 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	704                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x2b7:0x8 DW_TAG_formal_parameter
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	671                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x2c0:0x5 DW_TAG_pointer_type
	.long	709                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x2c5:0x1 DW_TAG_const_type
	.byte	6                               # Abbrev [6] 0x2c6:0x15 DW_TAG_subprogram
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	4                               # Abbrev [4] 0x2ca:0x8 DW_TAG_formal_parameter
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	72                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x2d2:0x8 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	72                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x2db:0x7d DW_TAG_subprogram
	.byte	16                              # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	71                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0x2e6:0x9 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_location
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	71                              # DW_AT_decl_line
	.long	670                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x2ef:0x9 DW_TAG_formal_parameter
	.byte	6                               # DW_AT_location
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	71                              # DW_AT_decl_line
	.long	670                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x2f8:0x22 DW_TAG_inlined_subroutine
	.long	641                             # DW_AT_abstract_origin
	.byte	16                              # DW_AT_low_pc
	.long	.Ltmp31-.Lfunc_begin4           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	73                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x305:0x7 DW_TAG_formal_parameter
	.ascii	"\360\003"                      # DW_AT_const_value
	.long	645                             # DW_AT_abstract_origin
	.byte	8                               # Abbrev [8] 0x30c:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	653                             # DW_AT_abstract_origin
	.byte	21                              # Abbrev [21] 0x313:0x6 DW_TAG_formal_parameter
	.byte	7                               # DW_AT_location
	.long	661                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x31a:0x22 DW_TAG_inlined_subroutine
	.long	675                             # DW_AT_abstract_origin
	.byte	17                              # DW_AT_low_pc
	.long	.Ltmp32-.Ltmp31                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	74                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x327:0x7 DW_TAG_formal_parameter
	.ascii	"\360\003"                      # DW_AT_const_value
	.long	679                             # DW_AT_abstract_origin
	.byte	8                               # Abbrev [8] 0x32e:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	687                             # DW_AT_abstract_origin
	.byte	21                              # Abbrev [21] 0x335:0x6 DW_TAG_formal_parameter
	.byte	8                               # DW_AT_location
	.long	695                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x33c:0x1b DW_TAG_inlined_subroutine
	.long	710                             # DW_AT_abstract_origin
	.byte	18                              # DW_AT_low_pc
	.long	.Ltmp33-.Ltmp32                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	75                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	10                              # Abbrev [10] 0x349:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	714                             # DW_AT_abstract_origin
	.byte	10                              # Abbrev [10] 0x34f:0x7 DW_TAG_formal_parameter
	.ascii	"\366\003"                      # DW_AT_const_value
	.long	722                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x358:0x5 DW_TAG_pointer_type
	.long	861                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x35d:0x5 DW_TAG_const_type
	.long	179                             # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin0          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp13-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp14-.Lfunc_begin0          #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	136                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"portio.c"                      # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=37
.Linfo_string3:
	.asciz	"unsigned char"                 # string offset=39
.Linfo_string4:
	.asciz	"inb"                           # string offset=53
.Linfo_string5:
	.asciz	"port"                          # string offset=57
.Linfo_string6:
	.asciz	"unsigned short"                # string offset=62
.Linfo_string7:
	.asciz	"v"                             # string offset=77
.Linfo_string8:
	.asciz	"outb"                          # string offset=79
.Linfo_string9:
	.asciz	"serial_putc"                   # string offset=84
.Linfo_string10:
	.asciz	"c"                             # string offset=96
.Linfo_string11:
	.asciz	"char"                          # string offset=98
.Linfo_string12:
	.asciz	"inl"                           # string offset=103
.Linfo_string13:
	.asciz	"unsigned int"                  # string offset=107
.Linfo_string14:
	.asciz	"insb"                          # string offset=120
.Linfo_string15:
	.asciz	"buf"                           # string offset=125
.Linfo_string16:
	.asciz	"n"                             # string offset=129
.Linfo_string17:
	.asciz	"unsigned long"                 # string offset=131
.Linfo_string18:
	.asciz	"outsw"                         # string offset=145
.Linfo_string19:
	.asciz	"outw"                          # string offset=151
.Linfo_string20:
	.asciz	"serial_puts"                   # string offset=156
.Linfo_string21:
	.asciz	"pic_remap"                     # string offset=168
.Linfo_string22:
	.asciz	"pci_read"                      # string offset=178
.Linfo_string23:
	.asciz	"ide_read"                      # string offset=187
.Linfo_string24:
	.asciz	"s"                             # string offset=196
.Linfo_string25:
	.asciz	"a"                             # string offset=198
.Linfo_string26:
	.asciz	"b"                             # string offset=200
.Linfo_string27:
	.asciz	"bus"                           # string offset=202
.Linfo_string28:
	.asciz	"dev"                           # string offset=206
.Linfo_string29:
	.asciz	"fn"                            # string offset=210
.Linfo_string30:
	.asciz	"off"                           # string offset=213
.Linfo_string31:
	.asciz	"addr"                          # string offset=217
.Linfo_string32:
	.asciz	"out"                           # string offset=222
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.long	.Linfo_string27
	.long	.Linfo_string28
	.long	.Linfo_string29
	.long	.Linfo_string30
	.long	.Linfo_string31
	.long	.Linfo_string32
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	.Lfunc_begin0
	.quad	.Ltmp0
	.quad	.Ltmp2
	.quad	.Lfunc_begin1
	.quad	.Ltmp6
	.quad	.Ltmp8
	.quad	.Ltmp10
	.quad	.Ltmp13
	.quad	.Lfunc_begin2
	.quad	.Ltmp16
	.quad	.Ltmp17
	.quad	.Ltmp18
	.quad	.Ltmp19
	.quad	.Ltmp20
	.quad	.Lfunc_begin3
	.quad	.Ltmp28
	.quad	.Lfunc_begin4
	.quad	.Ltmp31
	.quad	.Ltmp32
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
