// The yearly figures of one Demostad buurt, drawn from its profile with planted trends.
#pragma once

#include "demo/demo_town.h"

#include <array>

namespace wijk::demo {

class DemoRandom;

//! All figures of one buurt in one year. Counts are whole numbers and consistent with each
//! other (age groups sum to inwoners, koop + huur = woningen, ...).
struct BuurtYear
{
    std::array<int, 4> ageGroups{}; //!< 0-14, 15-24, 25-64, 65+ (rounded to 5)
    int inwoners = 0;
    int jongeren = 0; //!< 0-17, rounded to 5
    int huishoudens = 0;
    int eenpersoons = 0;
    int woningen = 0;
    int koop = 0;
    int huur = 0;
    int corporatie = 0;
    double woz = 0.0; //!< x 1000 euro
    double inkomenInwoner = 0.0;
    double inkomenHuishouden = 0.0;
    int laagInkomen = 0;
    int bijstand = 0;
    int jeugdzorg = 0; //!< rounded to 5
    int misdrijven = 0;
    int oppLand = 0;
    int oppGroen = 0;
    double hittestress = 0.0;
    double gas = 0.0;
    double elektriciteit = 0.0;
    int zonnepanelen = 0;
    double no2 = 0.0;
};

//! The wijken with a planted trend (0-based indices into DemoTown::wijken, see docs/demo.md).
namespace planted {
constexpr int kCentrum = 0;       //!< WK999901: misdrijven per 1000 falling
constexpr int kVogelwijk = 2;     //!< WK999903: solar panels rising strongly, gas falling
constexpr int kMolenkwartier = 4; //!< WK999905: sense of unsafety falling, corporatie share falling
constexpr int kHoogkamp = 6;      //!< WK999907: low-income share and bijstand rising strongly
constexpr int kWaterrijk = 8;     //!< WK999909: new housing, population tripling 2015-2021
} // namespace planted

//! Draws the figures of buurt \a index for every year kFirstYear..kLastYear (index 0 is
//! kFirstYear), as if it had never been split; successors of a split use splitBuurtYear().
std::vector<BuurtYear> simulateBuurt(const DemoTown &town, int index, DemoRandom &random);

//! The share of a split buurt's figures that goes to one successor: counts are divided
//! (the second successor gets the remainder, so the two add up), means are kept.
BuurtYear splitBuurtYear(const BuurtYear &whole, const DemoBuurt &successor, bool first);

//! Rounds to a multiple of 5, as CBS publishes population counts.
int roundToFive(double value);

} // namespace wijk::demo
