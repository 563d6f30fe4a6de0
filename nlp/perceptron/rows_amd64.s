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

// ADDROW adds the eight weights of the row at R from element BX to Y0:
// sign-extended to 32 bits, converted to float32 (exact), times the scale
// in Y15 (one rounding), added.
#define ADDROW(R) VPMOVSXWD (R)(BX*2), Y1; VCVTDQ2PS Y1, Y1; VMULPS Y15, Y1, Y1; VADDPS Y1, Y0, Y0

// func addRowsAVX2(s *float32, rows *[4]*int16, k, n int, scale float32)
//
// For i < n&^7, eight at a time: s[i] = s[i] + w0 + … + w(k-1), added
// left to right as the scalar loop does, where wj = float32(rows[j][i])
// * scale rounded to float32.
TEXT ·addRowsAVX2(SB), NOSPLIT, $0-36
	MOVQ s+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ k+16(FP), CX
	MOVQ n+24(FP), DX
	VBROADCASTSS scale+32(FP), Y15
	MOVQ 0(SI), R8
	MOVQ 8(SI), R9
	MOVQ 16(SI), R10
	MOVQ 24(SI), R11
	XORQ BX, BX
	ANDQ $-8, DX

loop:
	CMPQ BX, DX
	JGE  done
	VMOVUPS   (DI)(BX*4), Y0
	ADDROW(R8)
	CMPQ CX, $2
	JLT  store
	ADDROW(R9)
	CMPQ CX, $3
	JLT  store
	ADDROW(R10)
	CMPQ CX, $4
	JLT  store
	ADDROW(R11)

store:
	VMOVUPS Y0, (DI)(BX*4)
	ADDQ $8, BX
	JMP  loop

done:
	VZEROUPPER
	RET
