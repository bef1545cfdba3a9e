#include "demo/demo_town.h"

#include "demo/demo_geometry.h"
#include "demo/demo_random.h"

#include <QCoreApplication>
#include <cmath>

namespace wijk::demo {

namespace {

struct WijkDesign
{
    const char *name;
    Profile profile;
    double angleDeg;    //!< direction of its heart from the town centre
    double radiusShare; //!< distance of its heart, as a share of the outline radius there
    double weight;      //!< larger: it claims more land against its neighbours
    double spread;      //!< spread of its buurt seeds, as a share of the town radius
    std::vector<const char *> buurten;
};

// Eleven wijken, 52 buurten in 2015. Waterrijk-West is split in 2020 (kSplitYear).
const std::vector<WijkDesign> &design()
{
    static const std::vector<WijkDesign> wijken = {
        {"Centrum",
         Profile::Centrum,
         0,
         0.0,
         0.70,
         0.13,
         {"Binnenstad", "Marktkwartier", "Stationsgebied", "Kerkbuurt", "Singelbuurt",
          "Molenpoort"}},
        {"Oude Haven",
         Profile::Vooroorlogs,
         200,
         0.36,
         1.0,
         0.13,
         {"Havenkwartier", "Schippersbuurt", "Lijnbaan", "Kadebuurt", "Zoutkeet"}},
        {"Vogelwijk",
         Profile::Villa,
         75,
         0.40,
         1.0,
         0.14,
         {"Merelbuurt", "Lijsterbuurt", "Reigersbos", "Spechtenlaan", "Zwanenwater"}},
        {"Het Hoogt",
         Profile::Jaren70,
         135,
         0.45,
         1.0,
         0.15,
         {"Hoogt-Noord", "Hoogt-Zuid", "Esdoornbuurt", "Lindenhof", "Berkenrode", "Iependal"}},
        {"Molenkwartier",
         Profile::Naoorlogs,
         320,
         0.38,
         1.0,
         0.13,
         {"Korenmolen", "Molenakker", "Watermolen", "Zaagmolen", "Oliemolen"}},
        {"De Velden",
         Profile::Jaren90,
         255,
         0.50,
         1.0,
         0.15,
         {"Korenveld", "Klaverveld", "Tarweveld", "Haverveld", "Vlasveld", "Gerstveld"}},
        {"Hoogkamp",
         Profile::Naoorlogs,
         0,
         0.45,
         1.0,
         0.12,
         {"Hoogkamp-Oost", "Hoogkamp-West", "Kamperhof", "Rozenhof", "Tulpenhof"}},
        {"De Schans",
         Profile::Bedrijven,
         170,
         0.74,
         1.05,
         0.14,
         {"Bedrijventerrein De Schans", "Schanspoort", "Spoorzone"}},
        {"Waterrijk",
         Profile::Nieuwbouw,
         295,
         0.72,
         1.1,
         0.15,
         {"Waterrijk-Eiland", "Waterrijk-Park", "Waterrijk-West", "Waterrijk-Kade",
          "Waterrijk-Oever"}},
        {"Buitengebied Noord",
         Profile::Landelijk,
         45,
         0.80,
         1.45,
         0.22,
         {"Heidehoek", "Noorderveld", "Ganzenweide"}},
        {"Buitengebied Zuid",
         Profile::Landelijk,
         225,
         0.86,
         1.45,
         0.22,
         {"Zuiderbroek", "Eikenhorst", "Polder De Leeg"}},
    };
    return wijken;
}

const char *const kSplitBuurt = "Waterrijk-West";
const char *const kSplitNames[2] = {"Waterrijk-Strand", "Waterrijk-Haven"};
constexpr double kTownRadius = 3100.0; // metres: about 30 km2

//! Pins the population of the buurten that exist to test disclosure control.
int fixedPopulation(const QString &name)
{
    if (name == QLatin1String("Heidehoek"))
        return 40;
    if (name == QLatin1String("Bedrijventerrein De Schans"))
        return 25;
    return 0;
}

int nearestWijk(const std::vector<DemoPoint> &hearts, const DemoPoint &p)
{
    int best = 0;
    double bestDistance = 1e300;
    for (int k = 0; k < int(hearts.size()); ++k) {
        const double d = std::hypot(p.x - hearts[k].x, p.y - hearts[k].y) / design()[k].weight;
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return best;
}

//! Jittered buurt seeds around each wijk's heart, each nearer (weighted) to its own heart.
bool placeSeeds(DemoRandom &random, const OGRGeometry &outline,
                const std::vector<DemoPoint> &hearts, std::vector<DemoPoint> &seeds,
                std::vector<int> &wijkOfSeed)
{
    OGRGeometryUniquePtr inner(outline.Buffer(-120.0));
    for (int k = 0; k < int(hearts.size()); ++k) {
        const WijkDesign &wijk = design()[k];
        double spacing = kTownRadius * wijk.spread * 0.85;
        int placed = 0, attempts = 0;
        while (placed < int(wijk.buurten.size())) {
            if (++attempts > 20000)
                return false;
            if (attempts % 400 == 0)
                spacing *= 0.9;
            const DemoPoint p{
                std::round(random.normal(hearts[k].x, kTownRadius * wijk.spread) * 100) / 100,
                std::round(random.normal(hearts[k].y, kTownRadius * wijk.spread) * 100) / 100};
            OGRPoint point(p.x, p.y);
            if (!inner->Contains(&point) || nearestWijk(hearts, p) != k)
                continue;
            bool crowded = false;
            for (const DemoPoint &q : seeds)
                crowded = crowded || std::hypot(p.x - q.x, p.y - q.y) < spacing;
            if (crowded)
                continue;
            seeds.push_back(p);
            wijkOfSeed.push_back(k);
            ++placed;
        }
    }
    return true;
}

QString twoDigits(int number)
{
    return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

} // namespace

bool buildDemoTown(DemoTown &town, QString *error)
{
    const QString gm = QString::fromLatin1(kGemeenteCode).mid(2);
    DemoRandom random(20250301u);
    OGRGeometryUniquePtr outline = makeOutline(random, kCentreX, kCentreY, kTownRadius, 1.35, 0.45);

    std::vector<DemoPoint> hearts;
    for (const WijkDesign &wijk : design()) {
        const double angle = wijk.angleDeg * M_PI / 180.0;
        const double r = wijk.radiusShare * outlineRadius(*outline, kCentreX, kCentreY, angle);
        hearts.push_back({kCentreX + r * std::cos(angle), kCentreY + r * std::sin(angle)});
    }
    std::vector<DemoPoint> seeds;
    std::vector<int> wijkOfSeed;
    if (!placeSeeds(random, *outline, hearts, seeds, wijkOfSeed)) {
        *error = QCoreApplication::translate("demo", "Could not place the buurt seeds");
        return false;
    }
    std::vector<OGRGeometryUniquePtr> cells = voronoiCells(seeds, *outline, 0.10, error);
    if (cells.size() != seeds.size())
        return false;

    town.wijken.clear();
    town.buurten.clear();
    std::vector<int> buurtNumber(design().size(), 0);
    for (int k = 0; k < int(design().size()); ++k) {
        DemoWijk wijk;
        wijk.code = QStringLiteral("WK") + gm + twoDigits(k + 1);
        wijk.name = QString::fromUtf8(design()[k].name);
        wijk.profile = design()[k].profile;
        town.wijken.push_back(std::move(wijk));
    }
    for (int s = 0; s < int(seeds.size()); ++s) {
        const int k = wijkOfSeed[s];
        DemoBuurt buurt;
        buurt.name = QString::fromUtf8(design()[k].buurten[buurtNumber[k]]);
        buurt.code = QStringLiteral("BU") + gm + twoDigits(k + 1) + twoDigits(++buurtNumber[k]);
        buurt.wijk = k;
        buurt.profile = design()[k].profile;
        buurt.fixedPopulation = fixedPopulation(buurt.name);
        buurt.geometry = toMultiPolygon(*cells[s]);
        town.buurten.push_back(std::move(buurt));
    }

    // The split: the old buurt ends the year before kSplitYear, two new codes take over.
    for (int b = 0; b < int(town.buurten.size()); ++b) {
        if (town.buurten[b].name != QLatin1String(kSplitBuurt))
            continue;
        auto halves = splitThroughCentroid(*town.buurten[b].geometry, 0.6);
        if (!halves.first || !halves.second) {
            *error = QCoreApplication::translate("demo", "Splitting %1 failed").arg(kSplitBuurt);
            return false;
        }
        town.buurten[b].lastYear = kSplitYear - 1;
        const double total = areaOf(*halves.first) + areaOf(*halves.second);
        OGRGeometryUniquePtr parts[2] = {std::move(halves.first), std::move(halves.second)};
        for (int h = 0; h < 2; ++h) {
            DemoBuurt successor;
            const int k = town.buurten[b].wijk;
            successor.name = QString::fromUtf8(kSplitNames[h]);
            successor.code =
                QStringLiteral("BU") + gm + twoDigits(k + 1) + twoDigits(++buurtNumber[k]);
            successor.wijk = k;
            successor.profile = town.buurten[b].profile;
            successor.firstYear = kSplitYear;
            successor.splitFrom = b;
            successor.splitShare = areaOf(*parts[h]) / total;
            successor.geometry = toMultiPolygon(*parts[h]);
            town.buurten.push_back(std::move(successor));
        }
        break;
    }

    for (int k = 0; k < int(town.wijken.size()); ++k) {
        std::vector<const OGRGeometry *> parts;
        for (const DemoBuurt &buurt : town.buurten) {
            if (buurt.wijk == k && buurt.firstYear == kFirstYear)
                parts.push_back(buurt.geometry.get());
        }
        town.wijken[k].geometry = unionOf(parts);
    }
    std::vector<const OGRGeometry *> wijkParts;
    for (const DemoWijk &wijk : town.wijken)
        wijkParts.push_back(wijk.geometry.get());
    town.gemeente = unionOf(wijkParts);

    for (DemoBuurt &buurt : town.buurten) {
        buurt.areaHa = areaOf(*buurt.geometry) / 10000.0;
        OGRPoint centroid;
        buurt.geometry->Centroid(&centroid);
        const double dx = centroid.getX() - kCentreX, dy = centroid.getY() - kCentreY;
        const double edge = outlineRadius(*outline, kCentreX, kCentreY, std::atan2(dy, dx));
        buurt.centreDistance = std::min(1.0, std::hypot(dx, dy) / std::max(edge, 1.0));
        if (!buurt.geometry->IsValid() || buurt.geometry->IsEmpty()) {
            *error =
                QCoreApplication::translate("demo", "Geometry of %1 is not valid").arg(buurt.code);
            return false;
        }
    }
    for (const DemoWijk &wijk : town.wijken) {
        if (!wijk.geometry->IsValid() || wijk.geometry->IsEmpty()) {
            *error =
                QCoreApplication::translate("demo", "Geometry of %1 is not valid").arg(wijk.code);
            return false;
        }
    }
    return true;
}

} // namespace wijk::demo
