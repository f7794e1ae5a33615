#!/usr/bin/env python3
"""Reference outputs of SplitMix64 (Steele, Lea & Flood 2014; Vigna's splitmix64.c), written out here from the
published algorithm independently of ppsnet's C++ (engine/include/ppsnet/util/random.hpp). The numbers printed
are the expected values in tests/unit/util/random_test.cpp. Run: /usr/bin/python3 tests/reference/splitmix64_reference.py"""
M = (1 << 64) - 1


def splitmix64(state):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & M
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        yield z ^ (z >> 31)


for seed in (0, 1234567):
    g = splitmix64(seed)
    print(seed, [next(g) for _ in range(5)])
g = splitmix64(42)
print("unit(42) first:", repr((next(g) >> 11) * 2.0 ** -53))
