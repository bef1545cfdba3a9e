#include "engine/permutation_random.h"

#include <limits>

namespace wijk::engine {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

PermutationRandom::PermutationRandom(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t state = seed ^ (stream * 0xd1342543de82ef95ULL);
    for (std::uint64_t &word : mState)
        word = splitMix64(state);
}

std::uint64_t PermutationRandom::next()
{
    const std::uint64_t result = rotateLeft(mState[1] * 5, 7) * 9;
    const std::uint64_t t = mState[1] << 17;
    mState[2] ^= mState[0];
    mState[3] ^= mState[1];
    mState[1] ^= mState[2];
    mState[0] ^= mState[3];
    mState[2] ^= t;
    mState[3] = rotateLeft(mState[3], 45);
    return result;
}

std::uint64_t PermutationRandom::limitFor(std::uint64_t bound)
{
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    return max - max % bound;
}

} // namespace wijk::engine
