#include "textflag.h"

// func cpuid(leaf, sub uint32) (a, b, c, d uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL leaf+0(FP), AX
	MOVL sub+4(FP), CX
	CPUID
	MOVL AX, a+8(FP)
	MOVL BX, b+12(FP)
	MOVL CX, c+16(FP)
	MOVL DX, d+20(FP)
	RET

// func xgetbv0() uint32
TEXT ·xgetbv0(SB), NOSPLIT, $0-4
	MOVL $0, CX
	XGETBV
	MOVL AX, ret+0(FP)
	RET

// func addRowsAVX(s *float32, rows *[4]*float32, k, n int)
//
// For i < n&^7, eight at a time: s[i] = s[i] + rows[0][i] + … +
// rows[k-1][i], added left to right as the scalar loop does.
TEXT ·addRowsAVX(SB), NOSPLIT, $0-32
	MOVQ s+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ k+16(FP), CX
	MOVQ n+24(FP), DX
	MOVQ 0(SI), R8
	MOVQ 8(SI), R9
	MOVQ 16(SI), R10
	MOVQ 24(SI), R11
	XORQ AX, AX
	SHLQ $2, DX
	ANDQ $-32, DX

loop:
	CMPQ AX, DX
	JGE  done
	VMOVUPS (DI)(AX*1), Y0
	VADDPS  (R8)(AX*1), Y0, Y0
	CMPQ CX, $2
	JLT  store
	VADDPS (R9)(AX*1), Y0, Y0
	CMPQ CX, $3
	JLT  store
	VADDPS (R10)(AX*1), Y0, Y0
	CMPQ CX, $4
	JLT  store
	VADDPS (R11)(AX*1), Y0, Y0

store:
	VMOVUPS Y0, (DI)(AX*1)
	ADDQ $32, AX
	JMP  loop

done:
	VZEROUPPER
	RET
