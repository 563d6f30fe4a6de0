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

// lanes are the indices of a vector's eight lanes.
DATA lanes<>+0(SB)/4, $0
DATA lanes<>+4(SB)/4, $1
DATA lanes<>+8(SB)/4, $2
DATA lanes<>+12(SB)/4, $3
DATA lanes<>+16(SB)/4, $4
DATA lanes<>+20(SB)/4, $5
DATA lanes<>+24(SB)/4, $6
DATA lanes<>+28(SB)/4, $7
GLOBL lanes<>(SB), RODATA|NOPTR, $32

// ADDROW adds the eight weights of the row at R from element BX to Y0:
// sign-extended to 32 bits, converted to float32 (exact), times the scale
// in Y15 (one rounding), added.
#define ADDROW(R) VPMOVSXWD (R)(BX*2), Y1; VCVTDQ2PS Y1, Y1; VMULPS Y15, Y1, Y1; VADDPS Y1, Y0, Y0

// func addRowsAVX2(s *float32, rows *[maxRows]*int16, k, n, dlo8, dhi, skip, resume int, scale float32)
//
// For the classes i < n&^7 outside [dlo, dhi), eight at a time:
// s[i] = s[i] + w0 + … + w(k-1), added left to right as the scalar loop
// does, where wj = float32(rows[j][i]) * scale rounded to float32
// (1 ≤ k ≤ 8) and dlo = dlo8+8. The groups of eight from skip to resume, wholly inside
// [dlo, dhi), are left alone (skip is -1 when there are none, -2 when
// nothing is deferred); in a group
// that overlaps [dlo, dhi), the lanes inside keep their old values.
TEXT ·addRowsAVX2(SB), NOSPLIT, $0-68
	MOVQ s+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ k+16(FP), CX
	MOVQ n+24(FP), DX
	VBROADCASTSS scale+64(FP), Y15
	MOVQ dlo8+32(FP), AX
	ADDQ $7, AX
	MOVQ AX, X13
	VPBROADCASTD X13, Y13
	MOVQ dhi+40(FP), AX
	MOVQ AX, X14
	VPBROADCASTD X14, Y14
	VMOVDQU lanes<>(SB), Y12
	MOVQ 0(SI), R8
	MOVQ 8(SI), R9
	MOVQ 16(SI), R10
	MOVQ 24(SI), R11
	MOVQ 32(SI), R12
	MOVQ 40(SI), R13
	MOVQ 56(SI), AX
	MOVQ 48(SI), SI
	XORQ BX, BX
	ANDQ $-8, DX
	CMPQ skip+48(FP), $-2
	JNE  chunk

	// nothing deferred: every group, with no checks
all:
	CMPQ BX, DX
	JGE  done
	VMOVUPS (DI)(BX*4), Y0
	ADDROW(R8)
	CMPQ CX, $2
	JLT  allstore
	ADDROW(R9)
	CMPQ CX, $3
	JLT  allstore
	ADDROW(R10)
	CMPQ CX, $4
	JLT  allstore
	ADDROW(R11)
	CMPQ CX, $5
	JLT  allstore
	ADDROW(R12)
	CMPQ CX, $6
	JLT  allstore
	ADDROW(R13)
	CMPQ CX, $7
	JLT  allstore
	ADDROW(SI)
	CMPQ CX, $8
	JLT  allstore
	ADDROW(AX)

allstore:
	VMOVUPS Y0, (DI)(BX*4)
	ADDQ    $8, BX
	JMP     all

chunk:
	CMPQ BX, DX
	JGE  done

	// the groups wholly deferred are left alone
	CMPQ BX, skip+48(FP)
	JNE  compute
	MOVQ resume+56(FP), BX
	JMP  chunk

compute:
	VMOVUPS (DI)(BX*4), Y0
	VMOVAPS Y0, Y11
	ADDROW(R8)
	CMPQ CX, $2
	JLT  blend
	ADDROW(R9)
	CMPQ CX, $3
	JLT  blend
	ADDROW(R10)
	CMPQ CX, $4
	JLT  blend
	ADDROW(R11)
	CMPQ CX, $5
	JLT  blend
	ADDROW(R12)
	CMPQ CX, $6
	JLT  blend
	ADDROW(R13)
	CMPQ CX, $7
	JLT  blend
	ADDROW(SI)
	CMPQ CX, $8
	JLT  blend
	ADDROW(AX)

blend:
	// a group that overlaps [dlo, dhi) (BX < dhi, BX+8 > dlo) keeps the
	// old values of the lanes inside
	CMPQ      BX, dhi+40(FP)
	JGE       store
	CMPQ      BX, dlo8+32(FP)
	JLE       store
	MOVQ      BX, X1
	VPBROADCASTD X1, Y1
	VPADDD    Y12, Y1, Y1
	VPCMPGTD  Y13, Y1, Y2
	VPCMPGTD  Y1, Y14, Y3
	VPAND     Y2, Y3, Y2
	VBLENDVPS Y2, Y11, Y0, Y0

store:
	VMOVUPS Y0, (DI)(BX*4)
	ADDQ    $8, BX
	JMP     chunk

done:
	VZEROUPPER
	RET

// lanes16 are the indices of a 16-lane vector's lanes.
DATA lanes16<>+0(SB)/4, $0
DATA lanes16<>+4(SB)/4, $1
DATA lanes16<>+8(SB)/4, $2
DATA lanes16<>+12(SB)/4, $3
DATA lanes16<>+16(SB)/4, $4
DATA lanes16<>+20(SB)/4, $5
DATA lanes16<>+24(SB)/4, $6
DATA lanes16<>+28(SB)/4, $7
DATA lanes16<>+32(SB)/4, $8
DATA lanes16<>+36(SB)/4, $9
DATA lanes16<>+40(SB)/4, $10
DATA lanes16<>+44(SB)/4, $11
DATA lanes16<>+48(SB)/4, $12
DATA lanes16<>+52(SB)/4, $13
DATA lanes16<>+56(SB)/4, $14
DATA lanes16<>+60(SB)/4, $15
GLOBL lanes16<>(SB), RODATA|NOPTR, $64

// ADDROW16 adds the sixteen weights of the row at R from element BX to
// the lanes of Z0 in K1, as ADDROW does eight; the lanes outside K1 are
// neither read (a masked load does not fault on them) nor kept.
#define ADDROW16(R) VPMOVSXWD.Z (R)(BX*2), K1, Z1; VCVTDQ2PS Z1, Z1; VMULPS Z15, Z1, Z1; VADDPS Z1, Z0, Z0

// func addRowsAVX512(s *float32, rows *[maxRows]*int16, k, n, dlo, dhi int, scale float32)
//
// For every class i < n outside [dlo, dhi), sixteen at a time:
// s[i] = s[i] + w0 + … + w(k-1), added left to right as addRowsAVX2
// does. The lanes of a group past n or inside [dlo, dhi) are masked out
// of every load and of the store (K1); a group with none left is skipped.
TEXT ·addRowsAVX512(SB), NOSPLIT, $0-52
	MOVQ         s+0(FP), DI
	MOVQ         rows+8(FP), SI
	MOVQ         k+16(FP), CX
	MOVQ         n+24(FP), DX
	VBROADCASTSS scale+48(FP), Z15
	VPBROADCASTD DX, Z10
	MOVQ         dlo+32(FP), AX
	VPBROADCASTD AX, Z13
	MOVQ         dhi+40(FP), AX
	VPBROADCASTD AX, Z14
	VMOVDQU32    lanes16<>(SB), Z12
	MOVQ         0(SI), R8
	MOVQ         8(SI), R9
	MOVQ         16(SI), R10
	MOVQ         24(SI), R11
	MOVQ         32(SI), R12
	MOVQ         40(SI), R13
	MOVQ         56(SI), AX
	MOVQ         48(SI), SI
	XORQ         BX, BX

group16:
	CMPQ         BX, DX
	JGE          done16
	VPBROADCASTD BX, Z1
	VPADDD       Z12, Z1, Z1 // the group's classes
	VPCMPGTD     Z1, Z10, K1 // i < n
	VPCMPGTD     Z1, Z13, K2 // i < dlo
	VPCMPGTD     Z1, Z14, K3 // i < dhi
	KNOTW        K3, K3
	KORW         K2, K3, K2
	KANDW        K1, K2, K1
	KORTESTW     K1, K1
	JZ           next16
	VMOVUPS.Z    (DI)(BX*4), K1, Z0
	ADDROW16(R8)
	CMPQ         CX, $2
	JLT          store16
	ADDROW16(R9)
	CMPQ         CX, $3
	JLT          store16
	ADDROW16(R10)
	CMPQ         CX, $4
	JLT          store16
	ADDROW16(R11)
	CMPQ         CX, $5
	JLT          store16
	ADDROW16(R12)
	CMPQ         CX, $6
	JLT          store16
	ADDROW16(R13)
	CMPQ         CX, $7
	JLT          store16
	ADDROW16(SI)
	CMPQ         CX, $8
	JLT          store16
	ADDROW16(AX)

store16:
	VMOVUPS Z0, K1, (DI)(BX*4)

next16:
	ADDQ $16, BX
	JMP  group16

done16:
	VZEROUPPER
	RET

// func prefetchSlots(slots *uint64, mask uint64, keys *uint64, n int)
TEXT ·prefetchSlots(SB), NOSPLIT, $0-32
	MOVQ slots+0(FP), DI
	MOVQ mask+8(FP), DX
	MOVQ keys+16(FP), SI
	MOVQ n+24(FP), CX
	XORQ BX, BX

next:
	CMPQ        BX, CX
	JGE         end
	MOVQ        (SI)(BX*8), AX
	ANDQ        DX, AX
	PREFETCHNTA (DI)(AX*8)
	INCQ        BX
	JMP         next

end:
	RET

// func prefetchFound(runs *uint32, dense *int16, rowBytes int, found *uint32, n int)
TEXT ·prefetchFound(SB), NOSPLIT, $0-40
	MOVQ runs+0(FP), DI
	MOVQ dense+8(FP), R8
	MOVQ rowBytes+16(FP), R9
	MOVQ found+24(FP), SI
	MOVQ n+32(FP), CX
	XORQ BX, BX

each:
	CMPQ BX, CX
	JGE  eachEnd
	MOVL (SI)(BX*4), AX
	INCQ BX
	BTL  $30, AX // inlineBit: the weight is in the slot
	JCS  each
	BTRL $31, AX // denseBit: a row
	JCS  row
	PREFETCHT0 (DI)(AX*4)
	PREFETCHT0 64(DI)(AX*4)
	JMP  each

	// every line of the row at dense+AX*rowBytes, and its last byte's
	// (a row need not start on a line)
row:
	IMULQ      R9, AX
	ADDQ       R8, AX
	LEAQ       (AX)(R9*1), DX
	PREFETCHT0 -1(DX)

line:
	PREFETCHT0 (AX)
	ADDQ       $64, AX
	CMPQ       AX, DX
	JLT        line
	JMP        each

eachEnd:
	RET
