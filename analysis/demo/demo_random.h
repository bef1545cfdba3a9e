// Reproducible random numbers for the demo generator: the same numbers on every platform.
#pragma once

#include <cstdint>
#include <random>

namespace wijk::demo {

//! Random numbers that are byte-identical across standard libraries. std::mt19937's raw
//! output is fixed by the C++ standard, but std::uniform_real_distribution and
//! std::normal_distribution are not, so the mapping to doubles is done here.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint32_t seed) : mEngine(seed) {}

    //! Uniform in [0, 1) with 53 random bits.
    double uniform();
    //! Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    //! Uniform integer in [low, high] (inclusive).
    int integer(int low, int high);
    //! Standard normal by the Box-Muller transform (one value per call, no caching).
    double normal();
    //! Normal with the given mean and standard deviation.
    double normal(double mean, double sd) { return mean + sd * normal(); }

private:
    std::mt19937 mEngine;
};

//! A stateless hash of two integers to [-1, 1): the same for (a, b) wherever it is asked,
//! so both buurten that share an edge perturb it identically.
double hashedSigned(std::uint64_t a, std::uint64_t b);

} // namespace wijk::demo
