// The seeded generator of the permutation tests (docs/engine.md, "Spatial statistics"):
// xoshiro256** (Blackman & Vigna 2018) seeded through splitmix64, with integers drawn by
// rejection so that every platform and standard library gives the same draws for a seed.
#pragma once

#include <cstdint>

namespace wijk::engine {

class PermutationRandom
{
public:
    //! One stream per (seed, stream): region i of a local test draws from stream i, so the
    //! result does not depend on the order (or thread) in which regions are computed.
    PermutationRandom(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    //! Uniform integer in [0, bound) (bound > 0), without modulo bias.
    std::uint64_t below(std::uint64_t bound) { return below(bound, limitFor(bound)); }
    //! The same draw with limitFor(bound) computed once by the caller (a division saved per
    //! draw in the permutation loops, which draw from the same few bounds again and again).
    std::uint64_t below(std::uint64_t bound, std::uint64_t limit)
    {
        std::uint64_t draw = next();
        while (draw >= limit)
            draw = next();
        return draw % bound;
    }
    //! The largest multiple of bound that fits in 64 bits: draws at or above it are redrawn.
    static std::uint64_t limitFor(std::uint64_t bound);

private:
    std::uint64_t mState[4];
};

} // namespace wijk::engine
