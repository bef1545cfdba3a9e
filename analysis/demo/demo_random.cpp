#include "demo/demo_random.h"

#include <algorithm>
#include <cmath>

namespace wijk::demo {

double DemoRandom::uniform()
{
    const std::uint64_t high = mEngine() >> 5;              // 27 bits
    const std::uint64_t low = mEngine() >> 6;               // 26 bits
    return double((high << 26) | low) / 9007199254740992.0; // 2^53
}

int DemoRandom::integer(int low, int high)
{
    const int span = high - low + 1;
    return low + std::min(span - 1, int(uniform() * span));
}

double DemoRandom::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: the logarithm stays finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double hashedSigned(std::uint64_t a, std::uint64_t b)
{
    // splitmix64 over the pair: well mixed, and defined by integer arithmetic alone.
    std::uint64_t z = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / 4503599627370496.0 - 1.0; // 2^52: [0, 2) - 1
}

} // namespace wijk::demo
