// The design of Demostad: its wijken and buurten, their character and where they lie.
#pragma once

#include <QString>
#include <ogr_geometry.h>
#include <vector>

namespace wijk::demo {

//! The fictional municipality. GM9999 is not a CBS municipality code.
inline const char *const kGemeenteCode = "GM9999";
inline const char *const kGemeenteName = "Demostad";
//! The first and last year of the series, and the year the split buurt's successors start.
constexpr int kFirstYear = 2015;
constexpr int kLastYear = 2024;
constexpr int kSplitYear = 2020;
//! Centre of the town in RD New (EPSG:28992): the Gelderse Vallei, a plausible place.
constexpr double kCentreX = 168400.0;
constexpr double kCentreY = 452600.0;

//! The character of a buurt; it drives every figure the series model draws for it.
enum class Profile
{
    Centrum,
    Vooroorlogs,
    Villa,
    Naoorlogs,
    Jaren70,
    Jaren90,
    Nieuwbouw,
    Bedrijven,
    Landelijk
};

struct DemoWijk
{
    QString code; //!< WK9999nn
    QString name;
    Profile profile = Profile::Centrum;
    OGRGeometryUniquePtr geometry; //!< union of its buurten (vintage 2015 and 2020 alike)
};

struct DemoBuurt
{
    QString code; //!< BU9999nnbb, the parent wijk encoded in it
    QString name;
    int wijk = 0; //!< index into DemoTown::wijken
    Profile profile = Profile::Centrum;
    int fixedPopulation = 0; //!< > 0: a tiny buurt whose population is pinned (suppression)
    int firstYear = kFirstYear;
    int lastYear = kLastYear;
    int splitFrom = -1;      //!< index of the buurt it was split off from, or -1
    double splitShare = 0.0; //!< its share of the split buurt's figures
    double areaHa = 0.0;
    double centreDistance = 0.0; //!< distance from the town centre, 0 (centre) .. 1 (edge)
    OGRGeometryUniquePtr geometry;
};

struct DemoTown
{
    std::vector<DemoWijk> wijken;
    std::vector<DemoBuurt> buurten; //!< the 2015 division first, then the split's successors
    OGRGeometryUniquePtr gemeente;

    //! Whether buurt \a index exists in \a year.
    bool buurtExists(int index, int year) const
    {
        return year >= buurten[index].firstYear && year <= buurten[index].lastYear;
    }
};

//! Builds the whole town deterministically: outline, buurten, wijken and the split.
//! Returns false with \a error set if a geometry step fails.
[[nodiscard]] bool buildDemoTown(DemoTown &town, QString *error);

} // namespace wijk::demo
