#include "textflag.h"

// The constants of mix (SplitMix64's finalizer) and the offsets of
// Hash's second and third values.
DATA mixMul1<>+0(SB)/8, $0xBF58476D1CE4E5B9
GLOBL mixMul1<>(SB), RODATA|NOPTR, $8
DATA mixMul2<>+0(SB)/8, $0x94D049BB133111EB
GLOBL mixMul2<>(SB), RODATA|NOPTR, $8
DATA offB<>+0(SB)/8, $0x632BE59BD9B4E019
GLOBL offB<>(SB), RODATA|NOPTR, $8
DATA offC<>+0(SB)/8, $0x85EBCA77C2B2AE63
GLOBL offC<>(SB), RODATA|NOPTR, $8

// MIX applies mix to the eight lanes of Z0 (Z1 is scratch).
#define MIX VPSRLQ $30, Z0, Z1; VPXORQ Z1, Z0, Z0; VPMULLQ Z28, Z0, Z0; VPSRLQ $27, Z0, Z1; VPXORQ Z1, Z0, Z0; VPMULLQ Z29, Z0, Z0; VPSRLQ $31, Z0, Z1; VPXORQ Z1, Z0, Z0

// HASH8 hashes the eight lanes whose mask is in K1 from element BX:
// Z0 = mix(mix(mix(seed^a) ^ (b+offB)) ^ (c+offC)), stored to out.
#define HASH8 \
	VMOVDQU64.Z (SI)(BX*8), K1, Z0; \
	VMOVDQU64.Z (R8)(BX*8), K1, Z2; \
	VPXORQ      Z2, Z0, Z0; \
	MIX; \
	VMOVDQU64.Z (R9)(BX*8), K1, Z2; \
	VPADDQ      Z30, Z2, Z2; \
	VPXORQ      Z2, Z0, Z0; \
	MIX; \
	VMOVDQU64.Z (R10)(BX*8), K1, Z2; \
	VPADDQ      Z31, Z2, Z2; \
	VPXORQ      Z2, Z0, Z0; \
	MIX; \
	VMOVDQU64   Z0, K1, (DI)(BX*8)

// func hashKeysAVX512(out, seed, a, b, c *uint64, n int)
//
// out[i] = seeded(seed[i], a[i], b[i], c[i]) for i < n, eight at a
// time; the last group masked.
TEXT ·hashKeysAVX512(SB), NOSPLIT, $0-48
	MOVQ out+0(FP), DI
	MOVQ seed+8(FP), SI
	MOVQ a+16(FP), R8
	MOVQ b+24(FP), R9
	MOVQ c+32(FP), R10
	MOVQ n+40(FP), CX
	VPBROADCASTQ mixMul1<>(SB), Z28
	VPBROADCASTQ mixMul2<>(SB), Z29
	VPBROADCASTQ offB<>(SB), Z30
	VPBROADCASTQ offC<>(SB), Z31
	XORQ BX, BX
	MOVQ $0xff, AX
	KMOVQ AX, K1

full:
	LEAQ 8(BX), DX
	CMPQ DX, CX
	JGT  tail
	HASH8
	MOVQ DX, BX
	JMP  full

tail:
	// n-BX lanes are left, 0 to 7
	SUBQ BX, CX
	JZ   done
	MOVQ $1, AX
	SHLQ CX, AX
	DECQ AX
	KMOVQ AX, K1
	HASH8

done:
	VZEROUPPER
	RET
