<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BoundariesImport</name>
    <message>
        <source>GDAL cannot read this as vector data (GeoPackage, GeoJSON, TopoJSON, Shapefile...)</source>
        <translation>GDAL kan dit niet als vectordata lezen (GeoPackage, GeoJSON, TopoJSON, Shapefile...)</translation>
    </message>
    <message>
        <source>layer ignored: no statcode, gemeentecode, wijkcode or buurtcode field</source>
        <translation>laag genegeerd: geen veld statcode, gemeentecode, wijkcode of buurtcode</translation>
    </message>
    <message>
        <source>no coordinate reference system declared; assuming WGS84 longitude/latitude as GeoJSON and TopoJSON do</source>
        <translation>geen coördinaatreferentiesysteem opgegeven; aangenomen WGS84 lengte/breedte, zoals bij GeoJSON en TopoJSON</translation>
    </message>
    <message>
        <source>no coordinate reference system: cannot place the boundaries</source>
        <translation>geen coördinaatreferentiesysteem: de grenzen kunnen niet worden geplaatst</translation>
    </message>
    <message>
        <source>cannot reproject from %1 to RD New (EPSG:28992)</source>
        <translation>kan niet omzetten van %1 naar RD New (EPSG:28992)</translation>
    </message>
    <message>
        <source>no region code</source>
        <translation>geen gebiedscode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBS region code</source>
        <translation>&apos;%1&apos; is geen CBS-gebiedscode</translation>
    </message>
    <message>
        <source>%1 appears twice (also feature %2 of %3)</source>
        <translation>%1 komt twee keer voor (ook object %2 van %3)</translation>
    </message>
    <message>
        <source>%1: invalid geometry (%2) repaired with MakeValid</source>
        <translation>%1: ongeldige geometrie (%2) hersteld met MakeValid</translation>
    </message>
    <message>
        <source>%1: the geometry is empty or has no area left after repair; the region is kept without geometry</source>
        <translation>%1: de geometrie is leeg of heeft na herstel geen oppervlakte meer; het gebied blijft zonder geometrie</translation>
    </message>
    <message>
        <source>%1: not an area (%2)</source>
        <translation>%1: geen vlak (%2)</translation>
    </message>
    <message>
        <source>%1 water features (water = JA) skipped</source>
        <translation>%1 waterobjecten (water = JA) overgeslagen</translation>
    </message>
    <message>
        <source>no layer with region codes (statcode, gemeentecode, wijkcode or buurtcode)</source>
        <translation>geen laag met gebiedscodes (statcode, gemeentecode, wijkcode of buurtcode)</translation>
    </message>
    <message>
        <source>the year of the division is unknown: give it with --period YEAR</source>
        <translation>het jaar van de indeling is onbekend: geef het op met --period JAAR</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: arc %2 does not exist (the file has %3 arcs); its shape cannot be built</source>
        <translation>%1: boog %2 bestaat niet (het bestand heeft %3 bogen); de vorm kan niet worden opgebouwd</translation>
    </message>
    <message>
        <source>%1 cannot be converted from the file&apos;s coordinate reference system %2 to RD New (EPSG:28992); is that the CRS the coordinates are in?</source>
        <translation>%1 kan niet worden omgezet van het coördinaatreferentiesysteem van het bestand, %2, naar RD New (EPSG:28992); staan de coördinaten wel in dat systeem?</translation>
    </message>
    <message>
        <source>%1 and %2 other features cannot be converted from the file&apos;s coordinate reference system %3 to RD New (EPSG:28992); is that the CRS the coordinates are in?</source>
        <translation>%1 en %2 andere objecten kunnen niet worden omgezet van het coördinaatreferentiesysteem van het bestand, %3, naar RD New (EPSG:28992); staan de coördinaten wel in dat systeem?</translation>
    </message>
    <message>
        <source>%1 lies outside the Netherlands (RD New %2) when read in the file&apos;s coordinate reference system %3: the CRS or the coordinates are wrong</source>
        <translation>%1 ligt buiten Nederland (RD New %2) gelezen in het coördinaatreferentiesysteem van het bestand, %3: het systeem of de coördinaten kloppen niet</translation>
    </message>
    <message>
        <source>%1 and %2 other features lie outside the Netherlands (RD New %3) when read in the file&apos;s coordinate reference system %4: the CRS or the coordinates are wrong</source>
        <translation>%1 en %2 andere objecten liggen buiten Nederland (RD New %3) gelezen in het coördinaatreferentiesysteem van het bestand, %4: het systeem of de coördinaten kloppen niet</translation>
    </message>
</context>
<context>
    <name>CbsFormats</name>
    <message>
        <source>CBS Kerncijfers wijken en buurten, CSV export (one row per region)</source>
        <translation>CBS Kerncijfers wijken en buurten, CSV-export (één rij per gebied)</translation>
    </message>
    <message>
        <source>CBS Kerncijfers wijken en buurten, Excel workbook (.xlsx)</source>
        <translation>CBS Kerncijfers wijken en buurten, Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>CBS Kerncijfers wijken en buurten, JSON object keyed by region code</source>
        <translation>CBS Kerncijfers wijken en buurten, JSON-object met gebiedscode als sleutel</translation>
    </message>
    <message>
        <source>CBS Kerncijfers wijken en buurten, OData JSON ({&quot;value&quot;: [...]})</source>
        <translation>CBS Kerncijfers wijken en buurten, OData-JSON ({&quot;value&quot;: [...]})</translation>
    </message>
    <message>
        <source>Region boundaries: CBS wijk- en buurtkaart GeoPackage, or GeoJSON/TopoJSON/GeoPackage with statcode/statnaam</source>
        <translation>Gebiedsgrenzen: CBS wijk- en buurtkaart GeoPackage, of GeoJSON/TopoJSON/GeoPackage met statcode/statnaam</translation>
    </message>
    <message>
        <source>--metadata is not used by the boundaries format</source>
        <translation>--metadata wordt niet gebruikt door het grenzenformaat</translation>
    </message>
    <message>
        <source>Generic long table region;indicator;period;value[;status], indicators from --metadata indicators.csv</source>
        <translation>Algemene lange tabel region;indicator;period;value[;status], indicatoren uit --metadata indicators.csv</translation>
    </message>
    <message>
        <source>a long table takes one --metadata file (indicators.csv)</source>
        <translation>een lange tabel neemt één --metadata-bestand (indicators.csv)</translation>
    </message>
    <message>
        <source>--period is ignored: a long table has its own period column</source>
        <translation>--period wordt genegeerd: een lange tabel heeft een eigen periodekolom</translation>
    </message>
</context>
<context>
    <name>CbsMetadata</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet openen: %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>geen geldige JSON bij byte %1: %2</translation>
    </message>
    <message>
        <source>no year in the table&apos;s Period; give the year with --period</source>
        <translation>geen jaar in de Period van de tabel; geef het jaar op met --period</translation>
    </message>
    <message>
        <source>a topic without a Key is ignored</source>
        <translation>een onderwerp zonder Key wordt genegeerd</translation>
    </message>
    <message>
        <source>Unit (CBS): %1</source>
        <translation>Eenheid (CBS): %1</translation>
    </message>
    <message>
        <source>no indicator (Topic) found; is this a CBS DataProperties file?</source>
        <translation>geen indicator (Topic) gevonden; is dit een CBS DataProperties-bestand?</translation>
    </message>
</context>
<context>
    <name>CrosswalkDerivation</name>
    <message>
        <source>no field &apos;%1&apos; in layer %2</source>
        <translation>geen veld &apos;%1&apos; in laag %2</translation>
    </message>
    <message>
        <source>the layer declares no coordinate system: read as RD New (EPSG:28992)</source>
        <translation>de laag noemt geen coördinatenstelsel: gelezen als RD New (EPSG:28992)</translation>
    </message>
    <message>
        <source>cannot reproject to EPSG:28992</source>
        <translation>kan niet worden omgezet naar EPSG:28992</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative number</source>
        <translation>&apos;%1&apos; is geen niet-negatief getal</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>geen punten</translation>
    </message>
    <message>
        <source>the workspace holds no two divisions with boundaries for %1 and %2</source>
        <translation>de werkruimte heeft geen twee indelingen met grenzen voor %1 en %2</translation>
    </message>
    <message>
        <source>%1 overlaps smaller than %2 % of both regions ignored as slivers</source>
        <translation>%1 overlappingen kleiner dan %2 % van beide gebieden genegeerd als snippers</translation>
    </message>
    <message>
        <source>%1 points lie outside the regions of one of the divisions</source>
        <translation>%1 punten liggen buiten de gebieden van een van de indelingen</translation>
    </message>
    <message>
        <source>%1 regions without boundaries left out</source>
        <translation>%1 gebieden zonder grenzen weggelaten</translation>
    </message>
</context>
<context>
    <name>CrosswalkImport</name>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBS code of a gemeente, wijk or buurt</source>
        <translation>&apos;%1&apos; is geen CBS-code van een gemeente, wijk of buurt</translation>
    </message>
    <message>
        <source>mixed levels: %1 is a %2, %3 a %4</source>
        <translation>gemengde niveaus: %1 is een %2, %3 een %4</translation>
    </message>
    <message>
        <source>negative weight %1</source>
        <translation>negatief gewicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>NaN or infinity is not a weight</source>
        <translation>NaN of oneindig is geen gewicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (YYYY)</source>
        <translation>&apos;%1&apos; is geen jaar (JJJJ)</translation>
    </message>
    <message>
        <source>%1, but the command line says %2</source>
        <translation>%1, maar de opdrachtregel zegt %2</translation>
    </message>
    <message>
        <source>%1, but earlier lines say %2: one pair of years per file</source>
        <translation>%1, maar eerdere regels zeggen %2: één paar jaren per bestand</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 already given on line %3</source>
        <translation>%1 -&gt; %2 staat al op regel %3</translation>
    </message>
    <message>
        <source>the years of the two divisions are not known: give the columns from_year and to_year or --from-year and --to-year</source>
        <translation>de jaren van de twee indelingen zijn onbekend: geef de kolommen from_year en to_year of --from-year en --to-year</translation>
    </message>
    <message>
        <source>from and to year are both %1</source>
        <translation>van- en naar-jaar zijn allebei %1</translation>
    </message>
    <message>
        <source>the weights of %1 sum to 0</source>
        <translation>de gewichten van %1 tellen op tot 0</translation>
    </message>
    <message>
        <source>%1 is not a %2 of the division in force in %3 (vintage %4) in the workspace</source>
        <translation>%1 is geen %2 van de indeling die in %3 geldt (jaargang %4) in de werkruimte</translation>
    </message>
    <message>
        <source>the workspace has one division of level %1 for %2 and %3; its rows are ignored</source>
        <translation>de werkruimte heeft één indeling van niveau %1 voor %2 en %3; die regels worden genegeerd</translation>
    </message>
    <message>
        <source>no row concerns a region of the workspace&apos;s division in force in %1; import its regions first</source>
        <translation>geen regel gaat over een gebied van de indeling die in %1 geldt in de werkruimte; importeer eerst die gebieden</translation>
    </message>
    <message>
        <source>%1 rows about regions the workspace does not hold were ignored</source>
        <translation>%1 regels over gebieden die niet in de werkruimte staan zijn genegeerd</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot create the table &apos;%1&apos;: %2</source>
        <translation>Kan de tabel &apos;%1&apos; niet maken: %2</translation>
    </message>
    <message>
        <source>Cannot create the column &apos;%1&apos; in &apos;%2&apos;: %3</source>
        <translation>Kan de kolom &apos;%1&apos; in &apos;%2&apos; niet maken: %3</translation>
    </message>
    <message>
        <source>Cannot write row %1 of &apos;%2&apos;: %3</source>
        <translation>Kan rij %1 van &apos;%2&apos; niet schrijven: %3</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Kan &apos;%1&apos; niet schrijven: %2</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL heeft geen %1-driver</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan %1 niet maken: %2</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation>Kan %1 niet afronden: %2</translation>
    </message>
</context>
<context>
    <name>HarmonisedDataset</name>
    <message>
        <source>Geen omrekentabel van de indeling %1 naar %2 (%3): de waarden van %4 staan niet op de indeling %2.</source>
        <translation>Geen omrekentabel van de indeling %1 naar %2 (%3): de waarden van %4 staan niet op de indeling %2.</translation>
    </message>
    <message>
        <source>Omrekentabel %1 naar %2 (%3): %4 gebied(en), zoals %5, krijgen cijfers van gebieden die de tabel noemt en van een ongewijzigd gebied dat ze niet noemt. Hun gewogen gemiddelden tellen dat gebied mee met het gemiddelde gewicht van de genoemde gebieden; noem het in het bestand (code naar dezelfde code, met zijn gewicht) om zijn eigen gewicht te gebruiken.</source>
        <translation>Omrekentabel %1 naar %2 (%3): %4 gebied(en), zoals %5, krijgen cijfers van gebieden die de tabel noemt en van een ongewijzigd gebied dat ze niet noemt. Hun gewogen gemiddelden tellen dat gebied mee met het gemiddelde gewicht van de genoemde gebieden; noem het in het bestand (code naar dezelfde code, met zijn gewicht) om zijn eigen gewicht te gebruiken.</translation>
    </message>
</context>
<context>
    <name>KwbImport</name>
    <message>
        <source>metadata file not found: %1</source>
        <translation>metadatabestand niet gevonden: %1</translation>
    </message>
    <message>
        <source>not a CBS DataProperties or TableInfos JSON file</source>
        <translation>geen CBS DataProperties- of TableInfos-JSON-bestand</translation>
    </message>
    <message>
        <source>--period %1 overrides the year %2 of %3; its table identifier is not used either</source>
        <translation>--period %1 gaat voor het jaar %2 van %3; de tabelaanduiding wordt ook niet gebruikt</translation>
    </message>
    <message>
        <source>the year of the table is unknown: give it with --period YEAR or pass the table&apos;s TableInfos JSON with --metadata</source>
        <translation>het jaar van de tabel is onbekend: geef het op met --period JAAR of geef de TableInfos-JSON van de tabel mee met --metadata</translation>
    </message>
    <message>
        <source>the file name says %1 but the values are stored for %2</source>
        <translation>de bestandsnaam noemt %1 maar de waarden worden opgeslagen voor %2</translation>
    </message>
    <message>
        <source>Wijk %1</source>
        <translation>Wijk %1</translation>
    </message>
    <message>
        <source>Buurt %1</source>
        <translation>Buurt %1</translation>
    </message>
    <message>
        <source>column %1 is the same indicator (%2) as column %3</source>
        <translation>kolom %1 is dezelfde indicator (%2) als kolom %3</translation>
    </message>
    <message>
        <source>not in %1; imported with a name made from the key</source>
        <translation>niet in %1; geïmporteerd met een naam gemaakt uit de sleutel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBS region code (NL00, GM0402, WK040201, BU04020101, WK0363AA)</source>
        <translation>&apos;%1&apos; is geen CBS-gebiedscode (NL00, GM0402, WK040201, BU04020101, WK0363AA)</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 komt twee keer voor (eerst op regel %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the code %2; the code decides</source>
        <translation>&apos;%1&apos; past niet bij de code %2; de code beslist</translation>
    </message>
    <message>
        <source>every figure of %1 is empty: the region is kept, no values are stored</source>
        <translation>elk cijfer van %1 is leeg: het gebied blijft, er worden geen waarden opgeslagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>the wijk and buurt values are rounded to multiples of 5 (CBS privacy rounding): sums of buurten need not equal the wijk or gemeente</source>
        <translation>de wijk- en buurtwaarden zijn afgerond op veelvouden van 5 (privacy-afronding van het CBS): sommen van buurten hoeven niet gelijk te zijn aan de wijk of gemeente</translation>
    </message>
    <message>
        <source>the table has no regions</source>
        <translation>de tabel heeft geen gebieden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: %2 with a thousands separator or %3 with a decimal separator? CBS tables use a decimal point and no thousands separator; write the number without grouping</source>
        <translation>&apos;%1&apos; is dubbelzinnig: %2 met een scheidingsteken voor duizendtallen of %3 met een decimaalteken? CBS-tabellen gebruiken een decimale punt en geen scheidingsteken voor duizendtallen; schrijf het getal zonder groepering</translation>
    </message>
    <message>
        <source>%1 is not a whole number, but &apos;%2&apos; is a count</source>
        <translation>%1 is geen geheel getal, maar &apos;%2&apos; is een aantal</translation>
    </message>
</context>
<context>
    <name>KwbTable</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet openen: %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>geen geldige JSON bij byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object keyed by region code</source>
        <translation>verwacht een JSON-object met gebiedscode als sleutel</translation>
    </message>
    <message>
        <source>expected an object of figures</source>
        <translation>verwacht een object met cijfers</translation>
    </message>
    <message>
        <source>expected CBS OData JSON: an object with a &quot;value&quot; list</source>
        <translation>verwacht CBS OData-JSON: een object met een &quot;value&quot;-lijst</translation>
    </message>
    <message>
        <source>this is one page of a longer OData result; only its rows are imported</source>
        <translation>dit is één pagina van een langer OData-resultaat; alleen de rijen ervan worden geïmporteerd</translation>
    </message>
    <message>
        <source>row without a region code</source>
        <translation>rij zonder gebiedscode</translation>
    </message>
    <message>
        <source>the table has no rows</source>
        <translation>de tabel heeft geen rijen</translation>
    </message>
    <message>
        <source>no region code column (WijkenEnBuurten); is this a CBS Kerncijfers wijken en buurten table?</source>
        <translation>geen kolom met gebiedscodes (WijkenEnBuurten); is dit een tabel CBS Kerncijfers wijken en buurten?</translation>
    </message>
    <message>
        <source>no indicator columns</source>
        <translation>geen indicatorkolommen</translation>
    </message>
    <message>
        <source>empty row skipped</source>
        <translation>lege rij overgeslagen</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 velden waar de kopregel er %2 heeft</translation>
    </message>
    <message>
        <source>GDAL cannot read this as an Excel workbook: %1</source>
        <translation>GDAL kan dit niet als Excel-werkmap lezen: %1</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>de werkmap heeft geen werkblad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the same JSON object (byte %2)</source>
        <translation>&apos;%1&apos; komt twee keer voor in hetzelfde JSON-object (byte %2)</translation>
    </message>
</context>
<context>
    <name>LongTableImport</name>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (YYYY)</source>
        <translation>&apos;%1&apos; is geen jaar (JJJJ)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>onbekende status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a suppressed value must be empty</source>
        <translation>een afgeschermde waarde moet leeg zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>NaN or infinity is not a value</source>
        <translation>NaN of oneindig is geen waarde</translation>
    </message>
    <message>
        <source>%1, %2, %3 already given on line %4</source>
        <translation>%1, %2, %3 al gegeven op regel %4</translation>
    </message>
    <message>
        <source>unknown region %1: not in the workspace and not a CBS code; import its boundaries first</source>
        <translation>onbekend gebied %1: niet in de werkruimte en geen CBS-code; importeer eerst de grenzen</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>geen waarden</translation>
    </message>
    <message>
        <source>%1 regions not in the workspace were created from their CBS codes, without names or geometry (e.g. %2)</source>
        <translation>%1 gebieden die niet in de werkruimte stonden zijn aangemaakt uit hun CBS-codes, zonder namen of geometrie (bijv. %2)</translation>
    </message>
    <message>
        <source>no description for %1: imported as kind value, unit other, theme Overig</source>
        <translation>geen beschrijving voor %1: geïmporteerd als soort value, eenheid other, thema Overig</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the file is larger than this system allows</source>
        <translation>het bestand is groter dan dit systeem toestaat</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>geen schrijfrechten op die plek</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>geen bestandsnaam opgegeven</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <source>the file was not begun</source>
        <translation>het bestand is niet aangemaakt</translation>
    </message>
    <message>
        <source>the writer produced no file</source>
        <translation>er is geen bestand gemaakt</translation>
    </message>
    <message>
        <source>the result is empty</source>
        <translation>het resultaat is leeg</translation>
    </message>
    <message>
        <source>the file is incomplete (is the disk full?)</source>
        <translation>het bestand is onvolledig (is de schijf vol?)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is the input %2 of this command.</source>
        <translation>%1 wordt niet geschreven: het is de invoer %2 van deze opdracht.</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is the open workspace %2.</source>
        <translation>%1 wordt niet geschreven: het is de geopende werkruimte %2.</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is the SQLite file %2 of the open workspace %3.</source>
        <translation>%1 wordt niet geschreven: het is het SQLite-bestand %2 van de geopende werkruimte %3.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Extract %1 (created %2) · %3 · made %4 · Wijkmonitor Workbench %5</source>
        <translation>Extract %1 (gemaakt %2) · %3 · aangemaakt %4 · Wijkmonitor Workbench %5</translation>
    </message>
    <message>
        <source>estimates on %1</source>
        <translation>schattingen op %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan %1 niet schrijven</translation>
    </message>
    <message>
        <source>Wijkmonitor Workbench</source>
        <translation>Wijkmonitor Workbench</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace.</source>
        <translation>Open de ingebouwde demowerkruimte.</translation>
    </message>
    <message>
        <source>Close the window after this many milliseconds (tests).</source>
        <translation>Sluit het venster na dit aantal milliseconden (tests).</translation>
    </message>
    <message>
        <source>Show the version, the commit and the library versions.</source>
        <translation>Toon de versie, de commit en de versies van de bibliotheken.</translation>
    </message>
    <message>
        <source>Workspace file (.gpkg) or team workspace (postgresql://…?schema=NAME, service=NAME) to open.</source>
        <translation>Werkruimtebestand (.gpkg) of teamwerkruimte (postgresql://…?schema=NAAM, service=NAAM) om te openen.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Workspace %1 does not exist.</source>
        <translation>Werkruimte %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;; the workspace has: %2.</source>
        <translation>Onbekend thema &apos;%1&apos;; de werkruimte heeft: %2.</translation>
    </message>
    <message>
        <source>%1: the memo is written as .pdf or .odt.</source>
        <translation>%1: de notitie wordt geschreven als .pdf of .odt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the charts.</source>
        <translation>Kan geen tijdelijke map voor de grafieken maken.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>The workspace %1 holds no crosswalk to move the figures onto the division of %2.</source>
        <translation>De werkruimte %1 heeft geen omrekentabel om de cijfers om te rekenen naar de indeling van %2.</translation>
    </message>
    <message>
        <source>division %1; %2</source>
        <translation>indeling %1; %2</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>The QGIS authentication database cannot be used, so the login %1 cannot be read: %2</source>
        <translation>De QGIS-authenticatiedatabase is niet te gebruiken, dus de login %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The QGIS authentication database (%1) has no configuration with the id %2.</source>
        <translation>De QGIS-authenticatiedatabase (%1) heeft geen configuratie met id %2.</translation>
    </message>
    <message>
        <source>The login %1 is in the QGIS authentication database, which needs its master password.</source>
        <translation>De login %1 staat in de QGIS-authenticatiedatabase, en die vraagt om haar hoofdwachtwoord.</translation>
    </message>
    <message>
        <source>The master password of the QGIS authentication database is not right.</source>
        <translation>Het hoofdwachtwoord van de QGIS-authenticatiedatabase klopt niet.</translation>
    </message>
    <message>
        <source>The login %1 cannot be read from the QGIS authentication database.</source>
        <translation>De login %1 kan niet uit de QGIS-authenticatiedatabase worden gelezen.</translation>
    </message>
    <message>
        <source>The login %1 is of the kind %2; a team workspace needs a user name and password (Basic).</source>
        <translation>De login %1 is van de soort %2; een teamwerkruimte heeft een gebruikersnaam en wachtwoord nodig (Basic).</translation>
    </message>
</context>
<context>
    <name>WorkbenchSession</name>
    <message>
        <source>area</source>
        <translation>oppervlakte</translation>
    </message>
    <message>
        <source>addresses, file %1</source>
        <translation>adressen, bestand %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>bestand %1</translation>
    </message>
    <message>
        <source>The workspace holds no crosswalk.</source>
        <translation>De werkruimte bevat geen crosswalk.</translation>
    </message>
    <message>
        <source>estimated via crosswalk %1</source>
        <translation>geschat via crosswalk %1</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>stijgend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>dalend</translation>
    </message>
    <message>
        <source>no significant trend</source>
        <translation>geen significante trend</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <source>The workspace&apos;s years changed during the conversion.</source>
        <translation>De jaren van de werkruimte zijn tijdens het omrekenen veranderd.</translation>
    </message>
</context>
<context>
    <name>WorkspaceImport</name>
    <message>
        <source>%1: not a format the workbench can import (an extract folder or zip, a CBS file, CSV, XLSX or GeoPackage)</source>
        <translation>%1: geen formaat dat de workbench kan importeren (een extractmap of -zip, een CBS-bestand, CSV, XLSX of GeoPackage)</translation>
    </message>
    <message>
        <source>Imported %1: %2 indicators, %3 regions, %4 values.</source>
        <translation>%1 geïmporteerd: %2 indicatoren, %3 gebieden, %4 waarden.</translation>
    </message>
    <message>
        <source>%1 was imported before; the workspace is unchanged.</source>
        <translation>%1 was al eerder geïmporteerd; de werkruimte is niet veranderd.</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>De import is afgebroken; de werkruimte is niet veranderd.</translation>
    </message>
    <message>
        <source>The import failed; the workspace is unchanged. %1</source>
        <translation>De import is mislukt; de werkruimte is niet veranderd. %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Gebruik: %1 &lt;opdracht&gt; [opties]</translation>
    </message>
    <message>
        <source>Wijkmonitor Workbench, batch commands.</source>
        <translation>Wijkmonitor Workbench, batchopdrachten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of one command.</source>
        <translation>Voer &apos;%1 &lt;opdracht&gt; --help&apos; uit voor de opties van één opdracht.</translation>
    </message>
    <message>
        <source>Missing required option --%1.</source>
        <translation>Verplichte optie --%1 ontbreekt.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Onbekende opdracht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interne fout: %1</translation>
    </message>
    <message>
        <source>Write the demo extract of the fictional Demostad.</source>
        <translation>Schrijf het demo-extract van het fictieve Demostad.</translation>
    </message>
    <message>
        <source>Folder to write the extract to.</source>
        <translation>Map waarin het extract wordt geschreven.</translation>
    </message>
    <message>
        <source>Write into DIR even if it is not empty.</source>
        <translation>Schrijf in DIR, ook als die niet leeg is.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 bestaat en is geen map.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; use --force to write the demo extract into it anyway.</source>
        <translation>De map %1 is niet leeg; gebruik --force om het demo-extract er toch in te schrijven.</translation>
    </message>
    <message>
        <source>Wrote the Demostad demo extract (%1) to %2: %3.</source>
        <translation>Demo-extract van Demostad (%1) geschreven naar %2: %3.</translation>
    </message>
    <message>
        <source>Write the trend statistics of every series of one level as CSV.</source>
        <translation>Schrijf de trendstatistieken van elke reeks van één niveau als CSV.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>Write the values of one level (delivered, derived or suppressed) as CSV.</source>
        <translation>Schrijf de waarden van één niveau (geleverd, afgeleid of afgeschermd) als CSV.</translation>
    </message>
    <message>
        <source>Only this year (default: all).</source>
        <translation>Alleen dit jaar (standaard: alle).</translation>
    </message>
    <message>
        <source>The workspace file (.gpkg).</source>
        <translation>Het werkruimtebestand (.gpkg).</translation>
    </message>
    <message>
        <source>Indicator code; repeat for several (default: all).</source>
        <translation>Indicatorcode; herhaal voor meerdere (standaard: alle).</translation>
    </message>
    <message>
        <source>CSV file to write, &apos;-&apos; for standard output.</source>
        <translation>Te schrijven CSV-bestand, &apos;-&apos; voor standaarduitvoer.</translation>
    </message>
    <message>
        <source>Level: gemeente, wijk or buurt.</source>
        <translation>Niveau: gemeente, wijk of buurt.</translation>
    </message>
    <message>
        <source>First year of the period range.</source>
        <translation>Eerste jaar van de periode.</translation>
    </message>
    <message>
        <source>Last year of the period range.</source>
        <translation>Laatste jaar van de periode.</translation>
    </message>
    <message>
        <source>--level must be gemeente, wijk or buurt, not &apos;%1&apos;.</source>
        <translation>--level moet gemeente, wijk of buurt zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 must be a year (YYYY), not &apos;%2&apos;.</source>
        <translation>--%1 moet een jaar (JJJJ) zijn, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>De werkruimte %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet openen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Unknown indicator(s) in %1: %2.</source>
        <translation>
            <numerusform>Onbekende indicator in %1: %2.</numerusform>
            <numerusform>Onbekende indicatoren in %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>--level must be gemeente, wijk, buurt or all, not &apos;%1&apos;.</source>
        <translation>--level moet gemeente, wijk, buurt of all zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or gpkg.</source>
        <translation>--format moet csv, xlsx of gpkg zijn.</translation>
    </message>
    <message>
        <source>Export values (and trends) as CSV, XLSX or GeoPackage, with provenance.</source>
        <translation>Exporteer waarden (en trends) als CSV, XLSX of GeoPackage, met herkomst.</translation>
    </message>
    <message>
        <source>An indicator code (repeatable; default: all).</source>
        <translation>Een indicatorcode (herhaalbaar; standaard: alle).</translation>
    </message>
    <message>
        <source>gemeente, wijk, buurt or all (default).</source>
        <translation>gemeente, wijk, buurt of all (standaard).</translation>
    </message>
    <message>
        <source>csv, xlsx or gpkg (default: from the --out extension).</source>
        <translation>csv, xlsx of gpkg (standaard: uit de extensie van --out).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het te schrijven bestand.</translation>
    </message>
    <message>
        <source>Also the trends per series (a &apos;trends&apos; sheet/table; for CSV a second file FILE-trends.csv).</source>
        <translation>Ook de trends per reeks (een werkblad/tabel &apos;trends&apos;; bij CSV een tweede bestand BESTAND-trends.csv).</translation>
    </message>
    <message>
        <source>CSV for Excel with Dutch settings: &apos;;&apos; between fields and a decimal comma (default: RFC 4180, &apos;,&apos; and a decimal point).</source>
        <translation>CSV voor Excel met Nederlandse instellingen: &apos;;&apos; tussen velden en een decimale komma (standaard: RFC 4180, &apos;,&apos; en een decimale punt).</translation>
    </message>
    <message>
        <source>Unknown indicator &apos;%1&apos; in workspace %2.</source>
        <translation>Onbekende indicator &apos;%1&apos; in werkruimte %2.</translation>
    </message>
    <message>
        <source>Wrote %1 trend rows to %2.</source>
        <translation>%1 trendrijen geschreven naar %2.</translation>
    </message>
    <message>
        <source>Check and import extracts or CBS files into a workspace (all or nothing).</source>
        <translation>Controleer en importeer extracten of CBS-bestanden in een werkruimte (alles of niets).</translation>
    </message>
    <message>
        <source>The input format; detected when omitted. One of:</source>
        <translation>Het invoerformaat; wordt herkend als het ontbreekt. Een van:</translation>
    </message>
    <message>
        <source>The year of the data when the input does not say it.</source>
        <translation>Het jaar van de gegevens als de invoer het niet vermeldt.</translation>
    </message>
    <message>
        <source>A metadata file (e.g. CBS DataProperties or TableInfos JSON); may be repeated.</source>
        <translation>Een metadatabestand (bijv. CBS DataProperties- of TableInfos-JSON); herhaalbaar.</translation>
    </message>
    <message>
        <source>Extract folders, .zip files or CBS files, imported one after the other, each all or nothing. Exit code 2 when any input was not imported (problems, or cancelled with Ctrl-C).</source>
        <translation>Extractmappen, .zip-bestanden of CBS-bestanden, na elkaar geïmporteerd, elk alles of niets. Afsluitcode 2 als een invoer niet is geïmporteerd (problemen, of afgebroken met Ctrl-C).</translation>
    </message>
    <message>
        <source>Name at least one INPUT to import.</source>
        <translation>Noem ten minste één INVOER om te importeren.</translation>
    </message>
    <message>
        <source>--period must be a year (YYYY), not &apos;%1&apos;.</source>
        <translation>--period moet een jaar (JJJJ) zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use one of: %2.</source>
        <translation>Onbekend formaat &apos;%1&apos;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1; name it with --format (one of: %2).</source>
        <translation>Het formaat van %1 is niet te herkennen; noem het met --format (een van: %2).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3) into %4: %5 indicators, %6 regions, %7 observations.</source>
        <translation>%1 (%2, %3) geïmporteerd in %4: %5 indicatoren, %6 gebieden, %7 waarnemingen.</translation>
    </message>
    <message>
        <source>%1: extract %2 was imported before; nothing changed.</source>
        <translation>%1: extract %2 was al eerder geïmporteerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Import van %1 afgebroken; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (%2).</source>
        <translation>Er is niets geïmporteerd uit %1 (%2).</translation>
    </message>
    <message>
        <source>Show what a workspace holds: extracts, indicators, regions, periods.</source>
        <translation>Toon wat een werkruimte bevat: extracten, indicatoren, gebieden, perioden.</translation>
    </message>
    <message>
        <source>Workspace %1: %2 (schema version %3)</source>
        <translation>Werkruimte %1: %2 (schemaversie %3)</translation>
    </message>
    <message>
        <source>Extracts (%1):</source>
        <translation>Extracten (%1):</translation>
    </message>
    <message>
        <source>created %1, imported %2, %3 values</source>
        <translation>gemaakt %1, geïmporteerd %2, %3 waarden</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <source>Indicators (%1):</source>
        <translation>Indicatoren (%1):</translation>
    </message>
    <message>
        <source>Regions (%1):</source>
        <translation>Gebieden (%1):</translation>
    </message>
    <message>
        <source>vintage %1: %2</source>
        <translation>indeling %1: %2</translation>
    </message>
    <message>
        <source>Periods: %1</source>
        <translation>Perioden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Waarnemingen: %1</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Wijken</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Buurten</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>quantiles</source>
        <translation>kwantielen</translation>
    </message>
    <message>
        <source>equal intervals</source>
        <translation>gelijke intervallen</translation>
    </message>
    <message>
        <source>natural breaks (Jenks)</source>
        <translation>natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <source>standard deviations</source>
        <translation>standaardafwijkingen</translation>
    </message>
    <message>
        <source>pretty breaks</source>
        <translation>ronde grenzen</translation>
    </message>
    <message>
        <source>box map</source>
        <translation>boxkaart</translation>
    </message>
    <message>
        <source>manual breaks</source>
        <translation>handmatige grenzen</translation>
    </message>
    <message>
        <source>Draw a choropleth of one indicator as a finished map (PNG, SVG or PDF).</source>
        <translation>Teken een choropleet van één indicator als afgewerkte kaart (PNG, SVG of PDF).</translation>
    </message>
    <message>
        <source>The indicator code.</source>
        <translation>De indicatorcode.</translation>
    </message>
    <message>
        <source>The year shown (the end year of change, trend and signals).</source>
        <translation>Het getoonde jaar (het eindjaar van verandering, trend en signalen).</translation>
    </message>
    <message>
        <source>Classification: quantile (default), equal, jenks, stddev, pretty, box or manual.</source>
        <translation>Indeling: quantile (standaard), equal, jenks, stddev, pretty, box of manual.</translation>
    </message>
    <message>
        <source>Number of classes, 3 to 9 (default 5).</source>
        <translation>Aantal klassen, 3 tot 9 (standaard 5).</translation>
    </message>
    <message>
        <source>Manual class breaks, ascending, comma separated (implies --method manual).</source>
        <translation>Handmatige klassegrenzen, oplopend, gescheiden door komma&apos;s (houdt --method manual in).</translation>
    </message>
    <message>
        <source>Start year of change, trend and signals (default: the first period).</source>
        <translation>Beginjaar van verandering, trend en signalen (standaard: de eerste periode).</translation>
    </message>
    <message>
        <source>Region labels: name, value (name and value) or none (default: name, none for buurten).</source>
        <translation>Gebiedslabels: name, value (naam en waarde) of none (standaard: name, none voor buurten).</translation>
    </message>
    <message>
        <source>Title instead of the indicator&apos;s name.</source>
        <translation>Titel in plaats van de naam van de indicator.</translation>
    </message>
    <message>
        <source>Resolution (default 150 for PNG, 300 for PDF and SVG).</source>
        <translation>Resolutie (standaard 150 voor PNG, 300 voor PDF en SVG).</translation>
    </message>
    <message>
        <source>The map file: .png, .svg or .pdf.</source>
        <translation>Het kaartbestand: .png, .svg of .pdf.</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf: %1</source>
        <translation>--out moet eindigen op .png, .svg of .pdf: %1</translation>
    </message>
    <message>
        <source>Give exactly one --indicator.</source>
        <translation>Geef precies één --indicator.</translation>
    </message>
    <message>
        <source>Missing required option --period.</source>
        <translation>Verplichte optie --period ontbreekt.</translation>
    </message>
    <message>
        <source>--method must be quantile, equal, jenks, stddev, pretty, box or manual, not &apos;%1&apos;.</source>
        <translation>--method moet quantile, equal, jenks, stddev, pretty, box of manual zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--classes must be 3 to 9, not &apos;%1&apos;.</source>
        <translation>--classes moet 3 tot 9 zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--breaks: &apos;%1&apos; is not a number (use a decimal point).</source>
        <translation>--breaks: &apos;%1&apos; is geen getal (gebruik een decimale punt).</translation>
    </message>
    <message>
        <source>--method manual needs --breaks.</source>
        <translation>--method manual vraagt --breaks.</translation>
    </message>
    <message>
        <source>--labels must be name, value or none, not &apos;%1&apos;.</source>
        <translation>--labels moet name, value of none zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--dpi must be 36 to 1200.</source>
        <translation>--dpi moet 36 tot 1200 zijn.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 of %3 regions with data.</source>
        <translation>%1 geschreven: %2 van %3 gebieden met gegevens.</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>verandering %1</translation>
    </message>
    <message>
        <source>trend %1</source>
        <translation>trend %1</translation>
    </message>
    <message>
        <source>signals %1</source>
        <translation>signalen %1</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 klassen</translation>
    </message>
    <message>
        <source>Theil-Sen slope</source>
        <translation>Theil-Sen-helling</translation>
    </message>
    <message>
        <source>Write the council memo (signals, movers, maps, methods) as PDF or ODT.</source>
        <translation>Schrijf de raadsnotitie (signalen, stijgers en dalers, kaarten, methoden) als PDF of ODT.</translation>
    </message>
    <message>
        <source>Only this theme, e.g. Inkomen (default: all themes).</source>
        <translation>Alleen dit thema, bijv. Inkomen (standaard: alle thema&apos;s).</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .odt.</source>
        <translation>--out moet eindigen op .pdf of .odt.</translation>
    </message>
    <message>
        <source>Wrote the memo to %1 (extract %2).</source>
        <translation>Notitie geschreven naar %1 (extract %2).</translation>
    </message>
    <message>
        <source>Write wijk profiles (PDF): one wijk, several, or all of them.</source>
        <translation>Schrijf wijkprofielen (PDF): één wijk, meerdere of allemaal.</translation>
    </message>
    <message>
        <source>A wijk code (repeatable), e.g. WK999901.</source>
        <translation>Een wijkcode (herhaalbaar), bijv. WK999901.</translation>
    </message>
    <message>
        <source>Every wijk of the latest division.</source>
        <translation>Elke wijk van de nieuwste indeling.</translation>
    </message>
    <message>
        <source>One PDF; with several wijken it starts with a table of contents.</source>
        <translation>Eén PDF; bij meerdere wijken begint die met een inhoudsopgave.</translation>
    </message>
    <message>
        <source>One PDF per wijk into this folder.</source>
        <translation>Eén PDF per wijk in deze map.</translation>
    </message>
    <message>
        <source>A print layout template (.qpt) to use instead of the shipped wijkprofiel.qpt; items are found by id (title, map, keyfigures, chart1..chart4, summary, notes, footer).</source>
        <translation>Een printopmaaksjabloon (.qpt) in plaats van het meegeleverde wijkprofiel.qpt; items worden gevonden op id (title, map, keyfigures, chart1..chart4, summary, notes, footer).</translation>
    </message>
    <message>
        <source>Give either --region CODE (repeatable) or --all.</source>
        <translation>Geef --region CODE (herhaalbaar) of --all.</translation>
    </message>
    <message>
        <source>Give either --out FILE.pdf or --out-dir DIR.</source>
        <translation>Geef --out BESTAND.pdf of --out-dir MAP.</translation>
    </message>
    <message>
        <source>The template %1 does not exist.</source>
        <translation>De sjabloon %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1: not a wijk of workspace %2.</source>
        <translation>%1: geen wijk van werkruimte %2.</translation>
    </message>
    <message>
        <source>Workspace %1 holds no wijken.</source>
        <translation>Werkruimte %1 bevat geen wijken.</translation>
    </message>
    <message>
        <source>%1 on each side of 0</source>
        <translation>%1 per kant van 0</translation>
    </message>
    <message>
        <source>Show the version, the commit and the library versions.</source>
        <translation>Toon de versie, de commit en de versies van de bibliotheken.</translation>
    </message>
    <message>
        <source>Write the signals (worsening, improving, outliers, neutral trends) of one level as CSV, unfavourable first.</source>
        <translation>Schrijf de signalen (verslechtering, verbetering, uitschieters, neutrale trends) van één niveau als CSV, ongunstige eerst.</translation>
    </message>
    <message>
        <source>Also list what was held back because it rests on small numbers (column small_numbers = true).</source>
        <translation>Geef ook wat is achtergehouden omdat het op kleine aantallen rust (kolom small_numbers = true).</translation>
    </message>
    <message>
        <source>--breaks: &apos;%1&apos; is not a finite number.</source>
        <translation>--breaks: &apos;%1&apos; is geen eindig getal.</translation>
    </message>
    <message>
        <source>--breaks must increase: %1 does not follow %2.</source>
        <translation>--breaks moet oplopen: %1 volgt niet op %2.</translation>
    </message>
    <message>
        <source>The template %1 is not a usable QGIS print layout template (.qpt): %2</source>
        <translation>Het sjabloon %1 is geen bruikbaar QGIS-printlay-outsjabloon (.qpt): %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 rows in %n table(s) to %2 (extract %3).</source>
        <translation>
            <numerusform>%1 rijen in %n tabel geschreven naar %2 (extract %3).</numerusform>
            <numerusform>%1 rijen in %n tabellen geschreven naar %2 (extract %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) with values have no geometry in the %1 division (e.g. %2); they are not drawn.</source>
        <translation>
            <numerusform>%n gebied met waarden heeft geen geometrie in de indeling %1 (%2); het wordt niet getekend.</numerusform>
            <numerusform>%n gebieden met waarden hebben geen geometrie in de indeling %1 (bijv. %2); ze worden niet getekend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n wijk profile(s) to %1.</source>
        <translation>
            <numerusform>%n wijkprofiel geschreven naar %1.</numerusform>
            <numerusform>%n wijkprofielen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a crosswalk between two divisions into a workspace, or derive one from their boundaries (all or nothing).</source>
        <translation>Importeer een omrekentabel tussen twee indelingen in een werkruimte, of leid er een af uit hun grenzen (alles of niets).</translation>
    </message>
    <message>
        <source>The year of the old division, when the file has no from_year column.</source>
        <translation>Het jaar van de oude indeling, als het bestand geen kolom from_year heeft.</translation>
    </message>
    <message>
        <source>The year of the new division, when the file has no to_year column.</source>
        <translation>Het jaar van de nieuwe indeling, als het bestand geen kolom to_year heeft.</translation>
    </message>
    <message>
        <source>derive: weigh by the overlap&apos;s area (&apos;area&apos;) or by the points of a layer in it (&apos;points:FILE.gpkg[:LAYER[:FIELD]]&apos;, FIELD a weight).</source>
        <translation>derive: weeg naar de oppervlakte van de overlap (&apos;area&apos;) of naar de punten van een laag erin (&apos;points:BESTAND.gpkg[:LAAG[:VELD]]&apos;, VELD een gewicht).</translation>
    </message>
    <message>
        <source>import: read FILE (from_code, to_code, weight and optionally from_year, to_year). derive: overlay the boundaries of the two divisions.</source>
        <translation>import: lees BESTAND (from_code, to_code, weight en eventueel from_year, to_year). derive: leg de grenzen van de twee indelingen over elkaar.</translation>
    </message>
    <message>
        <source>The crosswalk CSV (import).</source>
        <translation>De CSV met de omrekentabel (import).</translation>
    </message>
    <message>
        <source>Use: crosswalk import --workspace WS FILE [--from-year YYYY --to-year YYYY], or crosswalk derive --workspace WS --from-year YYYY --to-year YYYY --weights WEIGHTS.</source>
        <translation>Gebruik: crosswalk import --workspace WS BESTAND [--from-year JJJJ --to-year JJJJ], of crosswalk derive --workspace WS --from-year JJJJ --to-year JJJJ --weights GEWICHTEN.</translation>
    </message>
    <message>
        <source>derive needs --from-year and --to-year.</source>
        <translation>derive heeft --from-year en --to-year nodig.</translation>
    </message>
    <message>
        <source>--weights must be &apos;area&apos; or &apos;points:FILE.gpkg[:LAYER[:FIELD]]&apos;, not &apos;%1&apos;.</source>
        <translation>--weights moet &apos;area&apos; of &apos;points:BESTAND.gpkg[:LAAG[:VELD]]&apos; zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: crosswalk %2 was imported before; nothing changed.</source>
        <translation>%1: omrekentabel %2 is al eerder geïmporteerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Imported crosswalk %1 (%2 -&gt; %3) from %4: %5 pairs, %6 rows about regions outside the workspace ignored.</source>
        <translation>Omrekentabel %1 (%2 -&gt; %3) geïmporteerd uit %4: %5 paren, %6 regels over gebieden buiten de werkruimte genegeerd.</translation>
    </message>
    <message>
        <source>It replaces the earlier crosswalk for %1 -&gt; %2.</source>
        <translation>Die vervangt de eerdere omrekentabel voor %1 -&gt; %2.</translation>
    </message>
    <message>
        <source>Express every year&apos;s values on the division (wijken, buurten, gemeenten) in force in this year, moved by the workspace&apos;s crosswalks; moved values have source &apos;harmonised&apos;.</source>
        <translation>Zet de waarden van elk jaar op de indeling (wijken, buurten, gemeenten) die in dit jaar geldt, omgerekend met de omrekentabellen van de werkruimte; omgerekende waarden hebben bron &apos;harmonised&apos;.</translation>
    </message>
    <message>
        <source>The workspace %1 holds no crosswalk; import one with &apos;crosswalk import&apos; first.</source>
        <translation>De werkruimte %1 heeft geen omrekentabel; importeer er eerst een met &apos;crosswalk import&apos;.</translation>
    </message>
    <message>
        <source>Crosswalks (%1):</source>
        <translation>Omrekentabellen (%1):</translation>
    </message>
    <message>
        <source>%1 -&gt; %2  %3  %4 pairs, %5 rows ignored  %6  imported %7</source>
        <translation>%1 -&gt; %2  %3  %4 paren, %5 regels genegeerd  %6  geïmporteerd %7</translation>
    </message>
    <message>
        <source>%1 -&gt; %2  chained via %3</source>
        <translation>%1 -&gt; %2  geschakeld via %3</translation>
    </message>
    <message>
        <source>estimated on the division of %1</source>
        <translation>geschat op de indeling van %1</translation>
    </message>
    <message>
        <source>Write the raw and Empirical Bayes rates of a ratio indicator as CSV.</source>
        <translation>Schrijf de ruwe en de Empirical Bayes-cijfers van een verhoudingsindicator als CSV.</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>Het jaar.</translation>
    </message>
    <message>
        <source>%1 is no ratio whose numerator and denominator are in the workspace.</source>
        <translation>%1 is geen verhouding waarvan teller en noemer in de werkruimte staan.</translation>
    </message>
    <message>
        <source>The workspace has no values for %1.</source>
        <translation>De werkruimte heeft geen waarden voor %1.</translation>
    </message>
    <message>
        <source>Define or recompute a composite index, stored as an indicator.</source>
        <translation>Definieer of herbereken een samengestelde index, opgeslagen als indicator.</translation>
    </message>
    <message>
        <source>Indicator code of the index.</source>
        <translation>Indicatorcode van de index.</translation>
    </message>
    <message>
        <source>Name of the index.</source>
        <translation>Naam van de index.</translation>
    </message>
    <message>
        <source>An indicator of the index with its weight and theme; repeat for each.</source>
        <translation>Een indicator van de index met gewicht en thema; herhaal voor elke indicator.</translation>
    </message>
    <message>
        <source>z (polarity-aware z-scores, the default) or minmax (0-100).</source>
        <translation>z (z-scores met polariteit, de standaard) of minmax (0-100).</translation>
    </message>
    <message>
        <source>Recompute the stored index --code from its definition.</source>
        <translation>Herbereken de opgeslagen index --code volgens zijn definitie.</translation>
    </message>
    <message>
        <source>%1 is an indicator of the catalogue, not an index.</source>
        <translation>%1 is een indicator uit de catalogus, geen index.</translation>
    </message>
    <message>
        <source>Stored the index %1: %2 values, %3 without (a component lacks a value).</source>
        <translation>De index %1 is opgeslagen: %2 waarden, %3 zonder (een onderdeel mist een waarde).</translation>
    </message>
    <message>
        <source>--scaling must be z or minmax, not &apos;%1&apos;.</source>
        <translation>--scaling moet z of minmax zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--component must be CODE[:WEIGHT[:THEME]] with a positive weight, not &apos;%1&apos;.</source>
        <translation>--component moet CODE[:GEWICHT[:THEMA]] zijn met een positief gewicht, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The workspace has no index %1 to recompute.</source>
        <translation>De werkruimte heeft geen index %1 om te herberekenen.</translation>
    </message>
    <message>
        <source>List the regions most like one region on standardised indicators as CSV.</source>
        <translation>Geef de gebieden die het meest op één gebied lijken, op gestandaardiseerde indicatoren, als CSV.</translation>
    </message>
    <message>
        <source>The region&apos;s code.</source>
        <translation>De code van het gebied.</translation>
    </message>
    <message>
        <source>The year to compare.</source>
        <translation>Het jaar om te vergelijken.</translation>
    </message>
    <message>
        <source>How many similar regions to list (default 10).</source>
        <translation>Hoeveel vergelijkbare gebieden (standaard 10).</translation>
    </message>
    <message>
        <source>The workspace has no region %1.</source>
        <translation>De werkruimte heeft geen gebied %1.</translation>
    </message>
    <message>
        <source>%1 lacks a value for one of the indicators in %2.</source>
        <translation>%1 heeft geen waarde voor een van de indicatoren in %2.</translation>
    </message>
    <message>
        <source>Compared on: %1</source>
        <translation>Vergeleken op: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) left out for lack of a value.</source>
        <translation>
            <numerusform>%n gebied weggelaten wegens een ontbrekende waarde.</numerusform>
            <numerusform>%n gebieden weggelaten wegens een ontbrekende waarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write Moran&apos;s I and the local Moran (LISA) clusters of one indicator as CSV.</source>
        <translation>Schrijf Moran&apos;s I en de lokale Moran-clusters (LISA) van één indicator als CSV.</translation>
    </message>
    <message>
        <source>The year to analyse.</source>
        <translation>Het jaar om te analyseren.</translation>
    </message>
    <message>
        <source>Weights stored in the workspace (their name), or queen, rook, knn:K or gal:FILE (default: queen).</source>
        <translation>Gewichten uit de werkruimte (hun naam), of queen, rook, knn:K of gal:BESTAND (standaard: queen).</translation>
    </message>
    <message>
        <source>B (binary) or W (row-standardised; the default, or what stored weights say).</source>
        <translation>B (binair) of W (rijgestandaardiseerd; de standaard, of wat opgeslagen gewichten zeggen).</translation>
    </message>
    <message>
        <source>Number of conditional permutations (default 999).</source>
        <translation>Aantal conditionele permutaties (standaard 999).</translation>
    </message>
    <message>
        <source>Seed of the permutations (default 12345).</source>
        <translation>Seed van de permutaties (standaard 12345).</translation>
    </message>
    <message>
        <source>A region is a cluster when its q-value is at most this (default 0.05).</source>
        <translation>Een gebied is een cluster als zijn q-waarde hoogstens dit is (standaard 0.05).</translation>
    </message>
    <message>
        <source>CSV file for the global statistics.</source>
        <translation>CSV-bestand voor de globale statistieken.</translation>
    </message>
    <message>
        <source>--alpha must be a number between 0 and 1, not &apos;%1&apos;.</source>
        <translation>--alpha moet een getal tussen 0 en 1 zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Left out as islands (no neighbour with a value): %1</source>
        <translation>Weggelaten als eiland (geen buur met een waarde): %1</translation>
    </message>
    <message>
        <source>--transform must be B or W, not &apos;%1&apos;.</source>
        <translation>--transform moet B of W zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 moet een geheel getal van minstens %2 zijn, niet &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Build, import, export or list the spatial weights kept in a workspace.</source>
        <translation>Maak, importeer, exporteer of toon de ruimtelijke gewichten in een werkruimte.</translation>
    </message>
    <message>
        <source>build (queen, rook or knn:K from the boundaries), import (a GeoDa .gal file), export (to a .gal file) or list.</source>
        <translation>build (queen, rook of knn:K uit de grenzen), import (een GeoDa-.gal-bestand), export (naar een .gal-bestand) of list.</translation>
    </message>
    <message>
        <source>The division (year of the boundaries).</source>
        <translation>De indeling (jaar van de grenzen).</translation>
    </message>
    <message>
        <source>queen, rook or knn:K (build).</source>
        <translation>queen, rook of knn:K (build).</translation>
    </message>
    <message>
        <source>The .gal file to import.</source>
        <translation>Het .gal-bestand om te importeren.</translation>
    </message>
    <message>
        <source>B (binary) or W (row-standardised, the default): what analyses use unless told otherwise.</source>
        <translation>B (binair) of W (rijgestandaardiseerd, de standaard): wat analyses gebruiken tenzij anders gevraagd.</translation>
    </message>
    <message>
        <source>Name of the weights (default: level-vintage-method, e.g. wijk-2017-queen).</source>
        <translation>Naam van de gewichten (standaard: niveau-indeling-methode, bijv. wijk-2017-queen).</translation>
    </message>
    <message>
        <source>.gal file to write (export), &apos;-&apos; for standard output.</source>
        <translation>.gal-bestand om te schrijven (export), &apos;-&apos; voor standaarduitvoer.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use weights build, import, export or list.</source>
        <translation>Onbekende actie &apos;%1&apos;: gebruik weights build, import, export of list.</translation>
    </message>
    <message>
        <source>Use &apos;weights import --gal FILE&apos; for a .gal file.</source>
        <translation>Gebruik &apos;weights import --gal BESTAND&apos; voor een .gal-bestand.</translation>
    </message>
    <message>
        <source>Saved the weights &apos;%1&apos;: %2 regions, %3 links, %4 islands.</source>
        <translation>De gewichten &apos;%1&apos; zijn opgeslagen: %2 gebieden, %3 verbindingen, %4 eilanden.</translation>
    </message>
    <message>
        <source>Islands (left out of every analysis): %1</source>
        <translation>Eilanden (weggelaten uit elke analyse): %1</translation>
    </message>
    <message>
        <source>Value and change maps: classes over every year (as the window&apos;s &quot;same classes every year&quot;), so maps of different years compare.</source>
        <translation>Waarde- en veranderingskaarten: klassen over alle jaren (zoals &quot;dezelfde klassen elk jaar&quot; in het venster), zodat kaarten van verschillende jaren vergelijkbaar zijn.</translation>
    </message>
    <message>
        <source>Only the regions of these gemeenten, e.g. GM0402 (comma separated; default: every region).</source>
        <translation>Alleen de gebieden van deze gemeenten, bijv. GM0402 (kommagescheiden; standaard: alle gebieden).</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>proposed: the gemeente the extracts name</source>
        <translation>voorstel: de gemeente die de extracten noemen</translation>
    </message>
    <message>
        <source>Show or choose the focus gemeente(n) of a workspace with several gemeenten.</source>
        <translation>Toon of kies de focusgemeente(n) van een werkruimte met meerdere gemeenten.</translation>
    </message>
    <message>
        <source>Forget the chosen focus (the window shows everything or the proposal again).</source>
        <translation>Vergeet de gekozen focus (het venster toont weer alles of het voorstel).</translation>
    </message>
    <message>
        <source>Gemeente codes to remember as the focus, e.g. GM0402; none: show the focus.</source>
        <translation>Gemeentecodes om als focus te onthouden, bijv. GM0402; geen: toon de focus.</translation>
    </message>
    <message>
        <source>Give gemeente codes or --clear, not both.</source>
        <translation>Geef gemeentecodes of --clear, niet allebei.</translation>
    </message>
    <message>
        <source>No focus: every gemeente is shown (choose one with &apos;wijkmonitor-cli focus --workspace WS GM…&apos;).</source>
        <translation>Geen focus: elke gemeente wordt getoond (kies er een met &apos;wijkmonitor-cli focus --workspace WS GM…&apos;).</translation>
    </message>
    <message>
        <source>One gemeente: no focus needed.</source>
        <translation>Eén gemeente: geen focus nodig.</translation>
    </message>
    <message>
        <source>Focus: %1.</source>
        <translation>Focus: %1.</translation>
    </message>
    <message>
        <source>With --all: only the wijken of these gemeenten, e.g. GM0402.</source>
        <translation>Met --all: alleen de wijken van deze gemeenten, bijv. GM0402.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input, 3 internal error, 4 cancelled (--progress).</source>
        <translation>Afsluitcodes: 0 gelukt, 1 verkeerd gebruik, 2 ongeldige invoer, 3 interne fout, 4 afgebroken (--progress).</translation>
    </message>
    <message>
        <source>The part of the map to show, in the workspace&apos;s coordinates (RD New, metres): xmin,ymin,xmax,ymax (default: every region drawn).</source>
        <translation>Het deel van de kaart dat getoond wordt, in de coördinaten van de werkruimte (RD New, meters): xmin,ymin,xmax,ymax (standaard: alle getekende gebieden).</translation>
    </message>
    <message>
        <source>A map layout template (.qpt) to use instead of the shipped wijk_map_a4_landscape.qpt.</source>
        <translation>Een kaartopmaak-sjabloon (.qpt) in plaats van het meegeleverde wijk_map_a4_landscape.qpt.</translation>
    </message>
    <message>
        <source>--extent must be xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax, not &apos;%1&apos;.</source>
        <translation>--extent moet xmin,ymin,xmax,ymax zijn met xmin &lt; xmax en ymin &lt; ymax, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>FILE.pdf, or FILE.odt for a document to edit in Word or LibreOffice (repeatable: the same memo as PDF and ODT).</source>
        <translation>BESTAND.pdf, of BESTAND.odt voor een document om in Word of LibreOffice te bewerken (herhaalbaar: dezelfde memo als PDF en ODT).</translation>
    </message>
    <message>
        <source>A signal the memo leads with, WIJK:INDICATOR, e.g. WK999901:pct_laag_inkomen (repeatable, in this order; default: the unfavourable signals first).</source>
        <translation>Een signaal waarmee de memo opent, WIJK:INDICATOR, bijv. WK999901:pct_laag_inkomen (herhaalbaar, in deze volgorde; standaard: de ongunstige signalen eerst).</translation>
    </message>
    <message>
        <source>An opening paragraph of your own.</source>
        <translation>Een eigen openingsalinea.</translation>
    </message>
    <message>
        <source>Lead with the memo basket kept in the workspace (the signals ticked in the window, their order, the opening paragraph and the theme); --signal, --opening and --theme override its parts.</source>
        <translation>Open met het memomandje uit de werkruimte (de in het venster aangevinkte signalen, hun volgorde, de openingsalinea en het thema); --signal, --opening en --theme vervangen die onderdelen.</translation>
    </message>
    <message>
        <source>--signal must be WIJK:INDICATOR, not &apos;%1&apos;.</source>
        <translation>--signal moet WIJK:INDICATOR zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>For programs running this command: progress as &apos;@progress DONE TOTAL WHAT&apos; and finished files as &apos;@written PATH&apos; lines on stderr; a line &apos;cancel&apos; on stdin, or its end, cancels (exit code 4, no file left).</source>
        <translation>Voor programma&apos;s die deze opdracht uitvoeren: voortgang als regels &apos;@progress KLAAR TOTAAL WAT&apos; en voltooide bestanden als &apos;@written PAD&apos; op stderr; een regel &apos;cancel&apos; op stdin, of het einde ervan, breekt af (afsluitcode 4, geen bestand achtergelaten).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <source>The workspace file (.gpkg); created when absent (and not left behind when nothing is imported). Or a team workspace on PostgreSQL: postgresql://USER@HOST:PORT/DB?schema=NAME or service=NAME.</source>
        <translation>Het werkruimtebestand (.gpkg); wordt gemaakt als het ontbreekt (en niet achtergelaten als er niets is geïmporteerd). Of een teamwerkruimte op PostgreSQL: postgresql://GEBRUIKER@HOST:POORT/DB?schema=NAAM of service=NAAM.</translation>
    </message>
    <message>
        <source>Team workspace: stop with a message when another import still runs after this many seconds (default: wait until it is done).</source>
        <translation>Teamwerkruimte: stop met een melding als een andere import na zoveel seconden nog loopt (standaard: wacht tot die klaar is).</translation>
    </message>
    <message>
        <source>--lock-timeout must be a number of seconds, not &apos;%1&apos;.</source>
        <translation>--lock-timeout moet een aantal seconden zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Copy a team workspace (or some of its gemeenten) into a new workspace file, to work offline.</source>
        <translation>Kopieer een teamwerkruimte (of enkele van haar gemeenten) naar een nieuw werkruimtebestand, om offline te werken.</translation>
    </message>
    <message>
        <source>The team workspace: postgresql://…?schema=NAME or service=NAME.</source>
        <translation>De teamwerkruimte: postgresql://…?schema=NAAM of service=NAAM.</translation>
    </message>
    <message>
        <source>The workspace file to write (.gpkg; must not exist).</source>
        <translation>Het te schrijven werkruimtebestand (.gpkg; mag nog niet bestaan).</translation>
    </message>
    <message>
        <source>Only this gemeente&apos;s regions and values, e.g. GM0402 (repeatable; default: everything).</source>
        <translation>Alleen de gebieden en waarden van deze gemeente, bijv. GM0402 (herhaalbaar; standaard: alles).</translation>
    </message>
    <message>
        <source>Pulled %1 regions and %2 values into %3.</source>
        <translation>%1 gebieden en %2 waarden opgehaald in %3.</translation>
    </message>
    <message>
        <source>Set up a team workspace on PostgreSQL: schema, reader and importer roles, roles limited to gemeenten (run once, by an administrator).</source>
        <translation>Richt een teamwerkruimte op PostgreSQL in: schema, lees- en importrol, rollen beperkt tot gemeenten (eenmalig, door een beheerder).</translation>
    </message>
    <message>
        <source>The team workspace: postgresql://USER@HOST:PORT/DB?schema=NAME or service=NAME.</source>
        <translation>De teamwerkruimte: postgresql://GEBRUIKER@HOST:POORT/DB?schema=NAAM of service=NAAM.</translation>
    </message>
    <message>
        <source>init: the reader role (default SCHEMA_reader).</source>
        <translation>init: de leesrol (standaard SCHEMA_reader).</translation>
    </message>
    <message>
        <source>init: the importer role (default SCHEMA_importer).</source>
        <translation>init: de importrol (standaard SCHEMA_importer).</translation>
    </message>
    <message>
        <source>limit: the role to limit.</source>
        <translation>limit: de rol die wordt beperkt.</translation>
    </message>
    <message>
        <source>init: create the schema, the roles and their rights (idempotent). limit: let --role see only the regions of the gemeenten given (none: lift the limit).</source>
        <translation>init: maak het schema, de rollen en hun rechten (herhaalbaar). limit: laat --role alleen de gebieden van de gegeven gemeenten zien (geen: hef de beperking op).</translation>
    </message>
    <message>
        <source>limit: GM codes.</source>
        <translation>limit: GM-codes.</translation>
    </message>
    <message>
        <source>Team workspace ready. Reader role: %1; importer role: %2. Grant them to login roles (GRANT %1 TO alice).</source>
        <translation>Teamwerkruimte klaar. Leesrol: %1; importrol: %2. Ken ze toe aan inlogrollen (GRANT %1 TO alice).</translation>
    </message>
    <message>
        <source>%1 sees every region again.</source>
        <translation>%1 ziet weer elk gebied.</translation>
    </message>
    <message>
        <source>%1 sees only %2.</source>
        <translation>%1 ziet alleen %2.</translation>
    </message>
    <message>
        <source>Use: server init --workspace URI [--reader ROLE] [--importer ROLE], or server limit --workspace URI --role ROLE [GM…].</source>
        <translation>Gebruik: server init --workspace URI [--reader ROL] [--importer ROL], of server limit --workspace URI --role ROL [GM…].</translation>
    </message>
    <message>
        <source>value (default), change (since --from), trend (Theil-Sen slope per year, non-significant hatched), signals or clusters (local Moran, as &apos;spatial&apos; with its defaults).</source>
        <translation>value (standaard), change (sinds --from), trend (Theil-Sen-helling per jaar, niet-significant gearceerd), signals of clusters (lokale Moran, als &apos;spatial&apos; met zijn standaarden).</translation>
    </message>
    <message>
        <source>--mode must be value, change, trend, signals or clusters, not &apos;%1&apos;.</source>
        <translation>--mode moet value, change, trend, signals of clusters zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>local Moran clusters %1</source>
        <translation>lokale Moran-clusters %1</translation>
    </message>
    <message>
        <source>--table must be years or indicators, not &apos;%1&apos;.</source>
        <translation>--table moet years of indicators zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--table indicators and --empirical-bayes need --period.</source>
        <translation>--table indicators en --empirical-bayes hebben --period nodig.</translation>
    </message>
    <message>
        <source>Export the values table as the window shows it, at one --level: &apos;years&apos; (one --indicator, every year across) or &apos;indicators&apos; (the --indicator codes across, in that order, in --period).</source>
        <translation>Exporteer de waardentabel zoals het venster die toont, op één --level: &apos;years&apos; (één --indicator, elk jaar als kolom) of &apos;indicators&apos; (de --indicator-codes als kolommen, in die volgorde, in --period).</translation>
    </message>
    <message>
        <source>--table: the year (indicators across; the year of --empirical-bayes).</source>
        <translation>--table: het jaar (indicatoren als kolommen; het jaar van --empirical-bayes).</translation>
    </message>
    <message>
        <source>--table: only the regions of these gemeenten (GM…, comma-separated), as the window&apos;s focus.</source>
        <translation>--table: alleen de gebieden van deze gemeenten (GM…, met komma&apos;s), als de focus van het venster.</translation>
    </message>
    <message>
        <source>--table: only rows whose code or name contains TEXT (as the table&apos;s filter box).</source>
        <translation>--table: alleen rijen waarvan code of naam TEKST bevat (als het filterveld van de tabel).</translation>
    </message>
    <message>
        <source>--table: the column to sort on: code, name (default) or a column (INDICATOR_YEAR for years across, the indicator code otherwise).</source>
        <translation>--table: de kolom om op te sorteren: code, name (standaard) of een kolom (INDICATOR_JAAR bij jaren als kolommen, anders de indicatorcode).</translation>
    </message>
    <message>
        <source>--table: sort descending.</source>
        <translation>--table: aflopend sorteren.</translation>
    </message>
    <message>
        <source>--table years: add the EB-estimated column of --period.</source>
        <translation>--table years: voeg de EB-geschatte kolom van --period toe.</translation>
    </message>
    <message>
        <source>--table needs one --level.</source>
        <translation>--table heeft één --level nodig.</translation>
    </message>
    <message>
        <source>--table years needs one --indicator, --table indicators one or more.</source>
        <translation>--table years heeft één --indicator nodig, --table indicators één of meer.</translation>
    </message>
    <message>
        <source>The workspace holds no year %1.</source>
        <translation>De werkruimte heeft geen jaar %1.</translation>
    </message>
    <message>
        <source>--sort must be one of %1, not &apos;%2&apos;.</source>
        <translation>--sort moet een van %1 zijn, niet &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Delaunay triangulation failed</source>
        <translation>Delaunay-triangulatie mislukt</translation>
    </message>
    <message>
        <source>Triangulation moved a seed</source>
        <translation>De triangulatie heeft een beginpunt verplaatst</translation>
    </message>
    <message>
        <source>Voronoi cell %1 is not valid</source>
        <translation>Voronoi-cel %1 is ongeldig</translation>
    </message>
    <message>
        <source>Clipping cell %1 failed</source>
        <translation>Bijsnijden van cel %1 mislukt</translation>
    </message>
    <message>
        <source>Could not place the buurt seeds</source>
        <translation>De beginpunten van de buurten konden niet worden geplaatst</translation>
    </message>
    <message>
        <source>Splitting %1 failed</source>
        <translation>Splitsen van %1 mislukt</translation>
    </message>
    <message>
        <source>Geometry of %1 is not valid</source>
        <translation>Geometrie van %1 is ongeldig</translation>
    </message>
    <message>
        <source>GDAL has no GeoJSON driver</source>
        <translation>GDAL heeft geen GeoJSON-driver</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan %1 niet maken: %2</translation>
    </message>
    <message>
        <source>Cannot create the regions layer in %1</source>
        <translation>Kan de gebiedenlaag in %1 niet maken</translation>
    </message>
    <message>
        <source>Cannot write region %1 to %2</source>
        <translation>Kan gebied %1 niet naar %2 schrijven</translation>
    </message>
    <message>
        <source>Cannot read back %1</source>
        <translation>Kan %1 niet teruglezen</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kan de map %1 niet maken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Focus on these gemeenten (e.g. GM0402) instead of the one remembered with the workspace.</source>
        <translation>Focus op deze gemeenten (bijv. GM0402) in plaats van de focus die de werkruimte onthoudt.</translation>
    </message>
    <message>
        <source>Level shown: gemeente, wijk or buurt.</source>
        <translation>Getoond niveau: gemeente, wijk of buurt.</translation>
    </message>
    <message>
        <source>Year shown.</source>
        <translation>Getoond jaar.</translation>
    </message>
    <message>
        <source>Indicator code shown.</source>
        <translation>Code van de getoonde indicator.</translation>
    </message>
    <message>
        <source>--focus: %1 names no gemeente of %2.</source>
        <translation>--focus: %1 noemt geen gemeente van %2.</translation>
    </message>
    <message>
        <source>--indicator: %1 has no indicator %2.</source>
        <translation>--indicator: %1 heeft geen indicator %2.</translation>
    </message>
    <message>
        <source>--level: %1 has no level &apos;%2&apos;.</source>
        <translation>--level: %1 heeft geen niveau &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--period: %1 has no year &apos;%2&apos;.</source>
        <translation>--period: %1 heeft geen jaar &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>version</name>
    <message>
        <source>commit %1</source>
        <translation>commit %1</translation>
    </message>
</context>
<context>
    <name>wijk::CsvReader</name>
    <message>
        <source>cannot open the file</source>
        <translation>kan het bestand niet openen</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>het bestand is leeg; een kopregel is verplicht</translation>
    </message>
    <message>
        <source>a header row is required</source>
        <translation>een kopregel is verplicht</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>kolom %1 heeft geen naam</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>de kolom komt meer dan eens voor</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>verplichte kolom ontbreekt</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>onbekende kolom, genegeerd</translation>
    </message>
    <message>
        <source>the file is not UTF-8 encoded (it looks like Windows-1252, as Excel&apos;s plain &quot;CSV&quot; format writes it). Save it in Excel as &quot;CSV UTF-8 (comma delimited)&quot;, or convert it: iconv -f CP1252 -t UTF-8 %1 &gt; %1.utf8.csv</source>
        <translation>het bestand is niet in UTF-8 gecodeerd (het lijkt Windows-1252, zoals het gewone &quot;CSV&quot;-formaat van Excel schrijft). Sla het in Excel op als &quot;CSV UTF-8 (door komma&apos;s gescheiden)&quot;, of zet het om: iconv -f CP1252 -t UTF-8 %1 &gt; %1.utf8.csv</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 velden waar de kopregel er %2 heeft</translation>
    </message>
    <message>
        <source>the header line is longer than %1 MiB; is this the right file?</source>
        <translation>de kopregel is langer dan %1 MiB; is dit het goede bestand?</translation>
    </message>
    <message>
        <source>the header has %1 columns, more than the %2 a table may have; is this the right file?</source>
        <translation>de kopregel heeft %1 kolommen, meer dan de %2 die een tabel mag hebben; is dit het goede bestand?</translation>
    </message>
    <message>
        <source>the line holds a NUL byte: the file is binary (or UTF-16 encoded), not UTF-8 text</source>
        <translation>de regel bevat een NUL-byte: het bestand is binair (of in UTF-16 gecodeerd), geen UTF-8-tekst</translation>
    </message>
</context>
<context>
    <name>wijk::ExtractImport</name>
    <message>
        <source>is missing: %1 is not a Wijkmonitor extract</source>
        <translation>ontbreekt: %1 is geen Wijkmonitor-extract</translation>
    </message>
    <message>
        <source>is missing from the extract</source>
        <translation>ontbreekt in het extract</translation>
    </message>
    <message>
        <source>lists a file that is not in the extract</source>
        <translation>noemt een bestand dat niet in het extract zit</translation>
    </message>
    <message>
        <source>ignored: an extract&apos;s observations carry their own periods</source>
        <translation>genegeerd: de waarnemingen van een extract hebben hun eigen perioden</translation>
    </message>
    <message>
        <source>ignored: the extract also has %1</source>
        <translation>genegeerd: het extract heeft ook %1</translation>
    </message>
    <message>
        <source>has no observations</source>
        <translation>heeft geen waarnemingen</translation>
    </message>
    <message>
        <source>is missing, and the extract has no periods to take it from</source>
        <translation>ontbreekt, en het extract heeft geen perioden om het uit af te leiden</translation>
    </message>
    <message>
        <source>its SHA-256 checksum %1 does not match the manifest&apos;s %2: the file was changed or damaged after the extract was made</source>
        <translation>de SHA-256-controlesom %1 komt niet overeen met %2 uit het manifest: het bestand is gewijzigd of beschadigd nadat het extract is gemaakt</translation>
    </message>
    <message>
        <source>Wijkmonitor extract: a folder or .zip with manifest.json, indicators.csv, observations.csv and regions.gpkg/.geojson</source>
        <translation>Wijkmonitor-extract: een map of .zip met manifest.json, indicators.csv, observations.csv en regions.gpkg/.geojson</translation>
    </message>
</context>
<context>
    <name>wijk::ExtractIndicators</name>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; is geen geheel getal van %2 tot %3</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only contain letters, digits and &apos;_&apos;</source>
        <translation>&apos;%1&apos; mag alleen letters, cijfers en &apos;_&apos; bevatten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice (also on line %2)</source>
        <translation>&apos;%1&apos; komt twee keer voor (ook op regel %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit; use one of: %2</source>
        <translation>&apos;%1&apos; is geen eenheid; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind; use count, ratio, mean or value</source>
        <translation>&apos;%1&apos; is geen soort; gebruik count, ratio, mean of value</translation>
    </message>
    <message>
        <source>a ratio needs a numerator</source>
        <translation>een ratio heeft een teller nodig</translation>
    </message>
    <message>
        <source>a ratio needs a denominator</source>
        <translation>een ratio heeft een noemer nodig</translation>
    </message>
    <message>
        <source>a mean needs a denominator (its weight)</source>
        <translation>een gemiddelde heeft een noemer (het gewicht) nodig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive number</source>
        <translation>&apos;%1&apos; is geen positief getal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a polarity; use higher_is_better, lower_is_better or neutral</source>
        <translation>&apos;%1&apos; is geen polariteit; gebruik higher_is_better, lower_is_better of neutral</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an indicator in this extract</source>
        <translation>&apos;%1&apos; is geen indicator in dit extract</translation>
    </message>
    <message>
        <source>an indicator cannot refer to itself</source>
        <translation>een indicator kan niet naar zichzelf verwijzen</translation>
    </message>
    <message>
        <source>has no indicators</source>
        <translation>heeft geen indicatoren</translation>
    </message>
</context>
<context>
    <name>wijk::ExtractManifest</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>moet een JSON-object zijn</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>verplicht veld ontbreekt</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>moet een niet-lege tekst zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Wijkmonitor extract (expected &apos;wijkmonitor-extract&apos;)</source>
        <translation>&apos;%1&apos; is geen Wijkmonitor-extract (verwacht &apos;wijkmonitor-extract&apos;)</translation>
    </message>
    <message>
        <source>version %1 is not supported; this workbench reads version 1 (update the workbench for newer extracts)</source>
        <translation>versie %1 wordt niet ondersteund; deze workbench leest versie 1 (werk de workbench bij voor nieuwere extracten)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>&apos;%1&apos; is geen ISO 8601-datum en -tijd</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>geen SHA-256-controlesom (64 hexadecimale tekens)</translation>
    </message>
</context>
<context>
    <name>wijk::ExtractObservations</name>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of this extract or the workspace</source>
        <translation>&apos;%1&apos; is geen gebied van dit extract of de werkruimte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in indicators.csv or the workspace</source>
        <translation>&apos;%1&apos; staat niet in indicators.csv of de werkruimte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (YYYY)</source>
        <translation>&apos;%1&apos; is geen jaar (JJJJ)</translation>
    </message>
    <message>
        <source>a suppressed value must be empty, found &apos;%1&apos;</source>
        <translation>een afgeschermde waarde moet leeg zijn, gevonden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number (NaN and infinity are not allowed)</source>
        <translation>&apos;%1&apos; is geen eindig getal (NaN en oneindig zijn niet toegestaan)</translation>
    </message>
    <message>
        <source>a second value for region %1, indicator %2, period %3</source>
        <translation>een tweede waarde voor gebied %1, indicator %2, periode %3</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use final, provisional, estimated, suppressed or missing, or leave it empty</source>
        <translation>&apos;%1&apos; is geen status; gebruik final, provisional, estimated, suppressed of missing, of laat het veld leeg</translation>
    </message>
</context>
<context>
    <name>wijk::ExtractRegions</name>
    <message>
        <source>its coordinate reference system is unknown (%1); use EPSG:28992 or WGS84</source>
        <translation>het coördinaatreferentiesysteem is onbekend (%1); gebruik EPSG:28992 of WGS84</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>kan niet worden gelezen als %1: %2</translation>
    </message>
    <message>
        <source>has no layer &apos;regions&apos; (the contract requires that name)</source>
        <translation>heeft geen laag &apos;regions&apos; (het contract vereist die naam)</translation>
    </message>
    <message>
        <source>has no coordinate reference system; store the regions with one (e.g. EPSG:28992)</source>
        <translation>heeft geen coördinaatreferentiesysteem; sla de gebieden op met een (bijv. EPSG:28992)</translation>
    </message>
    <message>
        <source>its coordinate reference system (%1) is unknown or cannot be converted to RD New (EPSG:28992)</source>
        <translation>het coördinaatreferentiesysteem (%1) is onbekend of kan niet worden omgezet naar RD New (EPSG:28992)</translation>
    </message>
    <message>
        <source>required property is missing</source>
        <translation>verplichte eigenschap ontbreekt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level; use gemeente, wijk or buurt</source>
        <translation>&apos;%1&apos; is geen niveau; gebruik gemeente, wijk of buurt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>&apos;%1&apos; is geen jaar</translation>
    </message>
    <message>
        <source>is a %1, not a polygon</source>
        <translation>is een %1, geen polygoon</translation>
    </message>
    <message>
        <source>is invalid (self-intersecting or badly nested rings)</source>
        <translation>is ongeldig (zelfdoorsnijdend of verkeerd geneste ringen)</translation>
    </message>
    <message>
        <source>has no regions</source>
        <translation>heeft geen gebieden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in vintage %2 (also feature %3)</source>
        <translation>&apos;%1&apos; komt twee keer voor in indeling %2 (ook object %3)</translation>
    </message>
    <message>
        <source>a %1 needs a parent</source>
        <translation>een %1 heeft een bovenliggend gebied nodig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of vintage %2 (neither in this file nor in the workspace)</source>
        <translation>&apos;%1&apos; is geen gebied van indeling %2 (niet in dit bestand en niet in de werkruimte)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2; the parent of a %3 must be a %4</source>
        <translation>&apos;%1&apos; is een %2; het bovenliggende gebied van een %3 moet een %4 zijn</translation>
    </message>
    <message>
        <source>the parents of &apos;%1&apos; form a cycle</source>
        <translation>de bovenliggende gebieden van &apos;%1&apos; vormen een kringloop</translation>
    </message>
    <message>
        <source>a GeoJSON without &quot;crs&quot; counts as WGS84: declare the CRS the coordinates are in (e.g. EPSG:28992)</source>
        <translation>een GeoJSON zonder &quot;crs&quot; geldt als WGS84: geef het coördinaatreferentiesysteem van de coördinaten op (bijv. EPSG:28992)</translation>
    </message>
    <message>
        <source>cannot be converted from the file&apos;s coordinate reference system %1 to RD New (EPSG:28992); %2</source>
        <translation>kan niet worden omgezet van het coördinaatreferentiesysteem van het bestand, %1, naar RD New (EPSG:28992); %2</translation>
    </message>
    <message>
        <source>this feature and %1 others cannot be converted from the file&apos;s coordinate reference system %2 to RD New (EPSG:28992); %3</source>
        <translation>dit object en %1 andere kunnen niet worden omgezet van het coördinaatreferentiesysteem van het bestand, %2, naar RD New (EPSG:28992); %3</translation>
    </message>
    <message>
        <source>lies outside the Netherlands (RD New %1) when read in the file&apos;s coordinate reference system %2: the CRS or the coordinates are wrong</source>
        <translation>ligt buiten Nederland (RD New %1) gelezen in het coördinaatreferentiesysteem van het bestand, %2: het systeem of de coördinaten kloppen niet</translation>
    </message>
    <message>
        <source>this feature and %1 others lie outside the Netherlands (RD New %2) when read in the file&apos;s coordinate reference system %3: the CRS or the coordinates are wrong</source>
        <translation>dit object en %1 andere liggen buiten Nederland (RD New %2) gelezen in het coördinaatreferentiesysteem van het bestand, %3: het systeem of de coördinaten kloppen niet</translation>
    </message>
</context>
<context>
    <name>wijk::ExtractSource</name>
    <message>
        <source>does not exist</source>
        <translation>bestaat niet</translation>
    </message>
    <message>
        <source>is not a readable zip file (%1)</source>
        <translation>is geen leesbaar zipbestand (%1)</translation>
    </message>
    <message>
        <source>the zip entry points outside the extract (absolute path or &apos;..&apos;); refused</source>
        <translation>het zip-item wijst buiten het extract (absoluut pad of &apos;..&apos;); geweigerd</translation>
    </message>
    <message>
        <source>the zip entry is a symbolic link; refused</source>
        <translation>het zip-item is een symbolische koppeling; geweigerd</translation>
    </message>
    <message>
        <source>the zip is encrypted: this entry needs a password. Unpack the zip with its password and import the folder; refused</source>
        <translation>het zipbestand is versleuteld: dit item vraagt een wachtwoord. Pak het zipbestand met het wachtwoord uit en importeer de map; geweigerd</translation>
    </message>
    <message>
        <source>the zip declares that it unpacks to %1 MiB, more than the limit of %2 MiB; refused</source>
        <translation>het zipbestand zegt uit te pakken tot %1 MiB, meer dan de grens van %2 MiB; geweigerd</translation>
    </message>
    <message>
        <source>could no longer be read while checking it</source>
        <translation>kon tijdens de controle niet meer worden gelezen</translation>
    </message>
    <message>
        <source>the zip entry cannot be read (%1)</source>
        <translation>het zip-item kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>the zip entry is damaged (%1); refused</source>
        <translation>het zip-item is beschadigd (%1); geweigerd</translation>
    </message>
    <message>
        <source>the zip entry unpacks to more than the %1 bytes its header declares: the zip is damaged or made to mislead; refused</source>
        <translation>het zip-item pakt uit tot meer dan de %1 bytes die de kop opgeeft: het zipbestand is beschadigd of gemaakt om te misleiden; geweigerd</translation>
    </message>
    <message>
        <source>the zip unpacks to more than the limit of %1 MiB; refused</source>
        <translation>het zipbestand pakt uit tot meer dan de grens van %1 MiB; geweigerd</translation>
    </message>
</context>
<context>
    <name>wijk::ImportReport</name>
    <message>
        <source>warning: </source>
        <translation>waarschuwing: </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: nog %n probleem niet getoond</numerusform>
            <numerusform>%1: nog %n problemen niet getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::ImportTransaction</name>
    <message>
        <source>Nothing can be imported into it.</source>
        <translation>Er kan niets in worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Cannot write to the workspace %1: %2 (is it open in another program?)</source>
        <translation>Kan niet naar de werkruimte %1 schrijven: %2 (is die geopend in een ander programma?)</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: %2</source>
        <translation>De werkruimte %1 is beschadigd: %2</translation>
    </message>
    <message>
        <source>The import transaction is no longer open.</source>
        <translation>De importtransactie is niet meer open.</translation>
    </message>
    <message>
        <source>Cannot save the import in %1: %2</source>
        <translation>Kan de import niet opslaan in %1: %2</translation>
    </message>
    <message>
        <source>%1 while writing the workspace; nothing was imported, the workspace is unchanged</source>
        <translation>%1 tijdens het schrijven van de werkruimte; er is niets geïmporteerd, de werkruimte is ongewijzigd</translation>
    </message>
    <message>
        <source>Another import into the team workspace %1 is running and did not finish within %2 seconds (--lock-timeout). Nothing was imported; try again later.</source>
        <translation>Een andere import in de teamwerkruimte %1 loopt nog en was niet binnen %2 seconden klaar (--lock-timeout). Er is niets geïmporteerd; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Cannot write to the workspace %1: %2</source>
        <translation>Kan niet naar de werkruimte %1 schrijven: %2</translation>
    </message>
    <message>
        <source>Your database role %1 may only read the team workspace %2: nothing can be imported with it. Import with the importer role (docs/team-workspace.md).</source>
        <translation>Uw databaserol %1 mag de teamwerkruimte %2 alleen lezen: er kan niets mee worden geïmporteerd. Importeer met de importrol (docs/team-workspace.md).</translation>
    </message>
    <message>
        <source>Cannot make a table for the values of indicator %1 in %2: %3</source>
        <translation>Kan geen tabel maken voor de waarden van indicator %1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>wijk::ObservationBulkWriter</name>
    <message>
        <source>a key does not fit the integer columns of the team workspace&apos;s observations</source>
        <translation>een sleutel past niet in de gehele-getalkolommen van de waarnemingen van de teamwerkruimte</translation>
    </message>
</context>
<context>
    <name>wijk::ObservationReader</name>
    <message>
        <source>%1: unknown indicator %2.</source>
        <translation>%1: onbekende indicator %2.</translation>
    </message>
</context>
<context>
    <name>wijk::TextEncoding</name>
    <message>
        <source>the file is %1 encoded, not UTF-8. Save it in Excel as &quot;CSV UTF-8 (comma delimited)&quot;, or convert it: iconv -f %2 -t UTF-8 %3 &gt; %3.utf8.csv</source>
        <translation>het bestand is in %1 gecodeerd, niet in UTF-8. Sla het in Excel op als &quot;CSV UTF-8 (door komma&apos;s gescheiden)&quot;, of zet het om: iconv -f %2 -t UTF-8 %3 &gt; %3.utf8.csv</translation>
    </message>
</context>
<context>
    <name>wijk::ValuePlausibility</name>
    <message>
        <source>&apos;%1&apos; is not a finite number (NaN and infinity are not allowed)</source>
        <translation>&apos;%1&apos; is geen eindig getal (NaN en oneindig zijn niet toegestaan)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is implausibly large: a value may be at most 1e15 in magnitude, so that sums and trends stay finite</source>
        <translation>&apos;%1&apos; is onwaarschijnlijk groot: een waarde mag hooguit 1e15 groot zijn, zodat sommen en trends eindig blijven</translation>
    </message>
    <message>
        <source>%1 is negative, but &apos;%2&apos; is a count</source>
        <translation>%1 is negatief, maar &apos;%2&apos; is een aantal</translation>
    </message>
</context>
<context>
    <name>wijk::Workspace</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>De werkruimte %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 is een map, geen werkruimtebestand.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: you have no write permission on the file.</source>
        <translation>De werkruimte %1 is alleen-lezen: u hebt geen schrijfrechten op het bestand.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: you have no write permission on its folder (needed for the journal that makes imports all-or-nothing).</source>
        <translation>De werkruimte %1 is alleen-lezen: u hebt geen schrijfrechten op de map (nodig voor het journaal dat imports alles-of-niets maakt).</translation>
    </message>
    <message>
        <source>The workspace %1 was opened read-only.</source>
        <translation>De werkruimte %1 is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet openen: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet maken: %2</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a workspace (not a GeoPackage or SQLite file: %2).</source>
        <translation>%1 is geen werkruimte (geen GeoPackage- of SQLite-bestand: %2).</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Wijkmonitor workspace (it has no wm_meta table). Import it into a workspace instead.</source>
        <translation>%1 is een GeoPackage maar geen Wijkmonitor-werkruimte (het heeft geen tabel wm_meta). Importeer het in plaats daarvan in een werkruimte.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Wijkmonitor Workbench (schema version %2; this version understands up to %3). Update the workbench to open it.</source>
        <translation>De werkruimte %1 is geschreven door een nieuwere Wijkmonitor Workbench (schemaversie %2; deze versie begrijpt tot %3). Werk de workbench bij om haar te openen.</translation>
    </message>
    <message>
        <source>The workspace %1 has the older schema version %2 and must be upgraded, but it is read-only. Open it once with write permission.</source>
        <translation>De werkruimte %1 heeft de oudere schemaversie %2 en moet worden bijgewerkt, maar is alleen-lezen. Open haar één keer met schrijfrechten.</translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace %1 from schema version %2: %3</source>
        <translation>Kan de werkruimte %1 niet bijwerken van schemaversie %2: %3</translation>
    </message>
    <message>
        <source>The workspace %1 holds an import that was interrupted (%1-journal) and must be undone before it can be read, but it is read-only. Open it once with write permission.</source>
        <translation>De werkruimte %1 bevat een afgebroken import (%1-journal) die eerst ongedaan moet worden gemaakt, maar het bestand is alleen-lezen. Open het eenmaal met schrijfrechten.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: it is truncated (only %2 bytes). Restore it from a backup, or import its extracts into a new workspace.</source>
        <translation>De werkruimte %1 is beschadigd: het bestand is afgekapt (maar %2 bytes). Zet een reservekopie terug, of importeer de extracten in een nieuwe werkruimte.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: it is truncated (%2 bytes, where its header says %3). Restore it from a backup, or import its extracts into a new workspace.</source>
        <translation>De werkruimte %1 is beschadigd: het bestand is afgekapt (%2 bytes, waar de kop %3 opgeeft). Zet een reservekopie terug, of importeer de extracten in een nieuwe werkruimte.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite: %2). Restore it from a backup, or import its extracts into a new workspace.</source>
        <translation>De werkruimte %1 is beschadigd (SQLite: %2). Zet een reservekopie terug, of importeer de extracten in een nieuwe werkruimte.</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: the folder %2 does not exist.</source>
        <translation>Kan de werkruimte %1 niet maken: de map %2 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: you have no write permission on the folder %2.</source>
        <translation>Kan de werkruimte %1 niet maken: u hebt geen schrijfrechten op de map %2.</translation>
    </message>
    <message>
        <source>The workspace %1 has an invalid schema version (&apos;%2&apos; in wm_meta; a whole number is expected): it was changed by another program or is damaged.</source>
        <translation>De werkruimte %1 heeft een ongeldige schemaversie (&apos;%2&apos; in wm_meta; een geheel getal wordt verwacht): ze is door een ander programma gewijzigd of beschadigd.</translation>
    </message>
    <message>
        <source>%1 is read-only: the memo basket is not saved.</source>
        <translation>%1 is alleen-lezen: de memomand wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Cannot save the memo basket in %1: %2</source>
        <translation>Kan de memomand niet bewaren in %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace %1: %2</source>
        <translation>Kan geen verbinding maken met de teamwerkruimte %1: %2</translation>
    </message>
    <message>
        <source>The team workspace %1 does not exist: the schema %2 holds no workspace (or you may not read it). Import into it, or create it with `wijkmonitor-cli server init`.</source>
        <translation>De teamwerkruimte %1 bestaat niet: het schema %2 bevat geen werkruimte (of u mag het niet lezen). Importeer erin, of maak het met `wijkmonitor-cli server init`.</translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2; this version of the workbench reads version %3 on a server. Update the workbench.</source>
        <translation>De werkruimte %1 heeft schemaversie %2; deze versie van de workbench leest versie %3 op een server. Werk de workbench bij.</translation>
    </message>
</context>
<context>
    <name>wijk::engine</name>
    <message>
        <source>gemeenten</source>
        <translation>gemeenten</translation>
    </message>
    <message>
        <source>wijken</source>
        <translation>wijken</translation>
    </message>
    <message>
        <source>buurten</source>
        <translation>buurten</translation>
    </message>
    <message>
        <source>p &lt; 0,001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>in het midden</source>
        <translation>in het midden</translation>
    </message>
    <message>
        <source>in het %1</source>
        <translation>in het %1</translation>
    </message>
    <message>
        <source>De %1 met hoge waarden voor %2 liggen geclusterd %3 (Moran&apos;s I %4, %5).</source>
        <translation>De %1 met hoge waarden voor %2 liggen geclusterd %3 (Moran&apos;s I %4, %5).</translation>
    </message>
    <message>
        <source>oosten</source>
        <translation>oosten</translation>
    </message>
    <message>
        <source>noordoosten</source>
        <translation>noordoosten</translation>
    </message>
    <message>
        <source>noorden</source>
        <translation>noorden</translation>
    </message>
    <message>
        <source>noordwesten</source>
        <translation>noordwesten</translation>
    </message>
    <message>
        <source>westen</source>
        <translation>westen</translation>
    </message>
    <message>
        <source>zuidwesten</source>
        <translation>zuidwesten</translation>
    </message>
    <message>
        <source>zuiden</source>
        <translation>zuiden</translation>
    </message>
    <message>
        <source>zuidoosten</source>
        <translation>zuidoosten</translation>
    </message>
    <message>
        <source>%1: het bestand is niet te openen (%2).</source>
        <translation>%1: het bestand is niet te openen (%2).</translation>
    </message>
    <message>
        <source>%1, regel %2, veld %3: %4</source>
        <translation>%1, regel %2, veld %3: %4</translation>
    </message>
    <message>
        <source>%1, regel %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <source>het bestand is leeg; verwacht een kopregel met het aantal regio&apos;s</source>
        <translation>het bestand is leeg; verwacht een kopregel met het aantal regio&apos;s</translation>
    </message>
    <message>
        <source>kopregel &apos;%1&apos; is geen &apos;0 n naam id&apos; of &apos;n&apos;</source>
        <translation>kopregel &apos;%1&apos; is geen &apos;0 n naam id&apos; of &apos;n&apos;</translation>
    </message>
    <message>
        <source>verwacht &apos;id aantal&apos;, gevonden %1 velden</source>
        <translation>verwacht &apos;id aantal&apos;, gevonden %1 velden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen aantal buren</source>
        <translation>&apos;%1&apos; is geen aantal buren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen regio van dit niveau en deze indeling</source>
        <translation>&apos;%1&apos; is geen regio van dit niveau en deze indeling</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat er twee keer in</source>
        <translation>&apos;%1&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>de buren van &apos;%1&apos; ontbreken (het bestand houdt op)</source>
        <translation>de buren van &apos;%1&apos; ontbreken (het bestand houdt op)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; heeft %2 buren volgens regel %3, maar hier staan er %4</source>
        <translation>&apos;%1&apos; heeft %2 buren volgens regel %3, maar hier staan er %4</translation>
    </message>
    <message>
        <source>de kopregel noemt %1 regio&apos;s, het bestand geeft er %2</source>
        <translation>de kopregel noemt %1 regio&apos;s, het bestand geeft er %2</translation>
    </message>
    <message>
        <source>buur &apos;%1&apos; staat niet als regio in het bestand</source>
        <translation>buur &apos;%1&apos; staat niet als regio in het bestand</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is zijn eigen buur</source>
        <translation>&apos;%1&apos; is zijn eigen buur</translation>
    </message>
    <message>
        <source>Focus: %1 is geen gemeente in deze werkruimte (verwacht een gemeentecode zoals GM0402).</source>
        <translation>Focus: %1 is geen gemeente in deze werkruimte (verwacht een gemeentecode zoals GM0402).</translation>
    </message>
</context>
<context>
    <name>wijk::engine::CompositeDefinition</name>
    <message>
        <source>geen definitie van een samengestelde index</source>
        <translation>geen definitie van een samengestelde index</translation>
    </message>
    <message>
        <source>de definitie mist code, niveau of schaal</source>
        <translation>de definitie mist code, niveau of schaal</translation>
    </message>
    <message>
        <source>een onderdeel mist een indicator of een positief gewicht</source>
        <translation>een onderdeel mist een indicator of een positief gewicht</translation>
    </message>
    <message>
        <source>de definitie heeft geen onderdelen</source>
        <translation>de definitie heeft geen onderdelen</translation>
    </message>
    <message>
        <source>Samengestelde index</source>
        <translation>Samengestelde index</translation>
    </message>
    <message>
        <source>, lager is beter</source>
        <translation>, lager is beter</translation>
    </message>
    <message>
        <source>%1 (thema %2, gewicht %3%4)</source>
        <translation>%1 (thema %2, gewicht %3%4)</translation>
    </message>
    <message>
        <source>eigen</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de z-scores van de onderdelen binnen het niveau %1 per jaar; bij &apos;lager is beter&apos; telt de z-score omgekeerd, zodat hoger steeds beter is. Onderdelen: %2.</source>
        <translation>Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de z-scores van de onderdelen binnen het niveau %1 per jaar; bij &apos;lager is beter&apos; telt de z-score omgekeerd, zodat hoger steeds beter is. Onderdelen: %2.</translation>
    </message>
    <message>
        <source>Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de min-max-scores (0-100) van de onderdelen binnen het niveau %1 per jaar; bij &apos;lager is beter&apos; telt 100 min de score, zodat hoger steeds beter is. Onderdelen: %2.</source>
        <translation>Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de min-max-scores (0-100) van de onderdelen binnen het niveau %1 per jaar; bij &apos;lager is beter&apos; telt 100 min de score, zodat hoger steeds beter is. Onderdelen: %2.</translation>
    </message>
</context>
<context>
    <name>wijk::engine::Dataset</name>
    <message>
        <source>Observation %1 / %2 / %3 skipped: unknown %4.</source>
        <translation>Waarneming %1 / %2 / %3 overgeslagen: onbekend %4.</translation>
    </message>
</context>
<context>
    <name>wijk::engine::boundaries</name>
    <message>
        <source>grenzen %1</source>
        <translation>grenzen %1</translation>
    </message>
    <message>
        <source>Geen grenzen voor de indeling van %1</source>
        <translation>Geen grenzen voor de indeling van %1</translation>
    </message>
    <message>
        <source>Geen grenzen van %1 voor de indeling van %2</source>
        <translation>Geen grenzen van %1 voor de indeling van %2</translation>
    </message>
    <message>
        <source> (wel in %1)</source>
        <translation> (wel in %1)</translation>
    </message>
    <message>
        <source>%1 bestaat niet in de indeling van %2%3</source>
        <translation>%1 bestaat niet in de indeling van %2%3</translation>
    </message>
    <message>
        <source>%1 heeft geen %2 in de indeling van %3%4</source>
        <translation>%1 heeft geen %2 in de indeling van %3%4</translation>
    </message>
    <message>
        <source>wijken</source>
        <translation>wijken</translation>
    </message>
    <message>
        <source>buurten</source>
        <translation>buurten</translation>
    </message>
</context>
<context>
    <name>wijk::engine::signals</name>
    <message>
        <source>de buurten</source>
        <translation>de buurten</translation>
    </message>
    <message>
        <source>de wijken</source>
        <translation>de wijken</translation>
    </message>
    <message>
        <source>de gemeenten</source>
        <translation>de gemeenten</translation>
    </message>
    <message>
        <source>de gebieden</source>
        <translation>de gebieden</translation>
    </message>
    <message>
        <source>%1 in %2 stijgt sinds %3 met %4 per jaar (%5)</source>
        <translation>%1 in %2 stijgt sinds %3 met %4 per jaar (%5)</translation>
    </message>
    <message>
        <source>%1 in %2 daalt sinds %3 met %4 per jaar (%5)</source>
        <translation>%1 in %2 daalt sinds %3 met %4 per jaar (%5)</translation>
    </message>
    <message>
        <source>, terwijl het gemiddelde in %1 gelijk blijft</source>
        <translation>, terwijl het gemiddelde in %1 gelijk blijft</translation>
    </message>
    <message>
        <source>, terwijl het gemiddelde in %1 stijgt</source>
        <translation>, terwijl het gemiddelde in %1 stijgt</translation>
    </message>
    <message>
        <source>, terwijl het gemiddelde in %1 daalt</source>
        <translation>, terwijl het gemiddelde in %1 daalt</translation>
    </message>
    <message>
        <source>, sneller dan gemiddeld in %1</source>
        <translation>, sneller dan gemiddeld in %1</translation>
    </message>
    <message>
        <source>, langzamer dan gemiddeld in %1</source>
        <translation>, langzamer dan gemiddeld in %1</translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 ver boven het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 ligt in %3 met %4 ver boven het gemiddelde van %5 (%6).</translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 ver onder het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 ligt in %3 met %4 ver onder het gemiddelde van %5 (%6).</translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 boven het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 ligt in %3 met %4 boven het gemiddelde van %5 (%6).</translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 onder het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 ligt in %3 met %4 onder het gemiddelde van %5 (%6).</translation>
    </message>
    <message>
        <source>%1 in %2 stijgen sinds %3 met %4 per jaar (%5)</source>
        <translation>%1 in %2 stijgen sinds %3 met %4 per jaar (%5)</translation>
    </message>
    <message>
        <source>%1 in %2 dalen sinds %3 met %4 per jaar (%5)</source>
        <translation>%1 in %2 dalen sinds %3 met %4 per jaar (%5)</translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 onder het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 liggen in %3 met %4 onder het gemiddelde van %5 (%6).</translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 boven het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 liggen in %3 met %4 boven het gemiddelde van %5 (%6).</translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 ver onder het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 liggen in %3 met %4 ver onder het gemiddelde van %5 (%6).</translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 ver boven het gemiddelde van %5 (%6).</source>
        <translation>%1 in %2 liggen in %3 met %4 ver boven het gemiddelde van %5 (%6).</translation>
    </message>
</context>
<context>
    <name>wijk::engine::spatial</name>
    <message>
        <source>De grens van %1 is niet leesbaar (WKB).</source>
        <translation>De grens van %1 is niet leesbaar (WKB).</translation>
    </message>
    <message>
        <source>De werkruimte heeft geen %1 van indeling %2.</source>
        <translation>De werkruimte heeft geen %1 van indeling %2.</translation>
    </message>
    <message>
        <source>De werkruimte heeft geen grenzen van %1 van indeling %2.</source>
        <translation>De werkruimte heeft geen grenzen van %1 van indeling %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen soort gewichten: queen, rook, knn:K of gal:BESTAND.</source>
        <translation>&apos;%1&apos; is geen soort gewichten: queen, rook, knn:K of gal:BESTAND.</translation>
    </message>
    <message>
        <source>De gewichten &apos;%1&apos; zijn voor het niveau %2, niet voor %3.</source>
        <translation>De gewichten &apos;%1&apos; zijn voor het niveau %2, niet voor %3.</translation>
    </message>
</context>
<context>
    <name>wijk::gpkg</name>
    <message>
        <source>the geometry cannot be read</source>
        <translation>de geometrie kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the geometry is a %1, not a polygon</source>
        <translation>de geometrie is een %1, geen polygoon</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>de geometrie is leeg</translation>
    </message>
    <message>
        <source>the geometry is invalid (self-intersecting or badly nested rings)</source>
        <translation>de geometrie is ongeldig (zelfdoorsnijdend of verkeerd geneste ringen)</translation>
    </message>
</context>
<context>
    <name>wijk::gui::DataExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>GeoPackage (values with the region boundaries)</source>
        <translation>GeoPackage (waarden met de gebiedsgrenzen)</translation>
    </message>
    <message>
        <source>This indicator over all years (%1)</source>
        <translation>Deze indicator over alle jaren (%1)</translation>
    </message>
    <message>
        <source>Every indicator at every level</source>
        <translation>Alle indicatoren op elk niveau</translation>
    </message>
    <message>
        <source>Also the trends (a sheet; for CSV a second file)</source>
        <translation>Ook de trends (een tabblad; bij CSV een tweede bestand)</translation>
    </message>
    <message>
        <source>CSV for Excel with Dutch settings (; and decimal comma)</source>
        <translation>CSV voor Excel met Nederlandse instellingen (; en decimale komma)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message numerus="yes">
        <source>The indicators of its theme (%n)</source>
        <translation>
            <numerusform>De indicator van het thema (%n)</numerusform>
            <numerusform>De indicatoren van het thema (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table as shown: its rows, columns, filter and sort order (%n row(s))</source>
        <translation>
            <numerusform>De tabel zoals getoond: de rijen, kolommen, het filter en de sortering (%n rij)</numerusform>
            <numerusform>De tabel zoals getoond: de rijen, kolommen, het filter en de sortering (%n rijen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::DivisionChoice</name>
    <message>
        <source>Division:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <source>as delivered</source>
        <translation>zoals geleverd</translation>
    </message>
    <message>
        <source>converted to %1</source>
        <translation>omgerekend naar %1</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>The figures cannot be converted to the division of %1: %2</source>
        <translation>De cijfers kunnen niet worden omgerekend naar de indeling van %1: %2</translation>
    </message>
    <message>
        <source>As delivered: every year on its own division (a redrawn wijk or buurt breaks its series). Converted: every year moved onto one division by the workspace&apos;s crosswalks; moved figures are estimates, marked ≈ in the table and hollow squares in the trend chart.</source>
        <translation>Zoals geleverd: elk jaar op zijn eigen indeling (een hertekende wijk of buurt breekt zijn reeks). Omgerekend: elk jaar met de crosswalks van de werkruimte naar één indeling verplaatst; verplaatste cijfers zijn schattingen, gemarkeerd met ≈ in de tabel en met open vierkantjes in de trendgrafiek.</translation>
    </message>
    <message>
        <source>converting…</source>
        <translation>omrekenen…</translation>
    </message>
    <message>
        <source>Converting the figures to the division of %1; the window shows the previous division until they are ready.</source>
        <translation>De cijfers worden omgerekend naar de indeling van %1; het venster toont de vorige indeling tot ze klaar zijn.</translation>
    </message>
</context>
<context>
    <name>wijk::gui::EnglishSignalSentence</name>
    <message>
        <source>the neighbourhoods</source>
        <translation>de buurten</translation>
    </message>
    <message>
        <source>the districts</source>
        <translation>de wijken</translation>
    </message>
    <message>
        <source>the municipalities</source>
        <translation>de gemeenten</translation>
    </message>
    <message>
        <source>the areas</source>
        <translation>de gebieden</translation>
    </message>
    <message>
        <source>Rising since %1 by %2 per year (%3)</source>
        <translation>Stijgt sinds %1 met %2 per jaar (%3)</translation>
    </message>
    <message>
        <source>Falling since %1 by %2 per year (%3)</source>
        <translation>Daalt sinds %1 met %2 per jaar (%3)</translation>
    </message>
    <message>
        <source>, while the average in %1 stays level</source>
        <translation>, terwijl het gemiddelde in %1 gelijk blijft</translation>
    </message>
    <message>
        <source>, while the average in %1 rises</source>
        <translation>, terwijl het gemiddelde in %1 stijgt</translation>
    </message>
    <message>
        <source>, while the average in %1 falls</source>
        <translation>, terwijl het gemiddelde in %1 daalt</translation>
    </message>
    <message>
        <source>, faster than the average in %1</source>
        <translation>, sneller dan gemiddeld in %1</translation>
    </message>
    <message>
        <source>, slower than the average in %1</source>
        <translation>, langzamer dan gemiddeld in %1</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies far above the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 ligt de waarde, %2, ver boven het gemiddelde van %3 (%4): %5 standaarddeviaties.</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies far below the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 ligt de waarde, %2, ver onder het gemiddelde van %3 (%4): %5 standaarddeviaties.</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies above the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 ligt de waarde, %2, boven het gemiddelde van %3 (%4): %5 standaardafwijkingen.</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies below the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 ligt de waarde, %2, onder het gemiddelde van %3 (%4): %5 standaardafwijkingen.</translation>
    </message>
    <message>
        <source>For this indicator that is an improvement.</source>
        <translation>Voor deze indicator is dat een verbetering.</translation>
    </message>
    <message>
        <source>For this indicator that is a deterioration.</source>
        <translation>Voor deze indicator is dat een verslechtering.</translation>
    </message>
</context>
<context>
    <name>wijk::gui::FocusController</name>
    <message>
        <source>Whole country</source>
        <translation>Heel Nederland</translation>
    </message>
    <message>
        <source>Show every region of the workspace instead of the focus gemeente&apos;s</source>
        <translation>Toon alle gebieden van de werkruimte in plaats van die van de focusgemeente</translation>
    </message>
    <message>
        <source>Choose focus…</source>
        <translation>Focus kiezen…</translation>
    </message>
    <message>
        <source>Choose the gemeente whose wijken and buurten the views show</source>
        <translation>Kies de gemeente waarvan de weergaven de wijken en buurten tonen</translation>
    </message>
    <message>
        <source>Choose focus</source>
        <translation>Focus kiezen</translation>
    </message>
    <message>
        <source>The gemeente whose wijken and buurten the views show (remembered with the workspace):</source>
        <translation>De gemeente waarvan de weergaven de wijken en buurten tonen (de werkruimte onthoudt haar):</translation>
    </message>
    <message>
        <source>The focus holds until the window closes; it could not be remembered in the workspace: %1</source>
        <translation>De focus geldt tot het venster sluit; de werkruimte kon hem niet onthouden: %1</translation>
    </message>
    <message>
        <source>The choice holds until the window closes; it could not be remembered in the workspace: %1</source>
        <translation>De keuze geldt tot het venster sluit; ze kon niet in de werkruimte worden onthouden: %1</translation>
    </message>
</context>
<context>
    <name>wijk::gui::FocusPrompt</name>
    <message>
        <source>&lt;b&gt;Choose your gemeente:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kies je gemeente:&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>This workspace holds %n gemeenten. The views show the wijken and buurten of the one you choose, with the country as reference; the choice is remembered with the workspace.</source>
        <translation>
            <numerusform>Deze werkruimte bevat %n gemeente. De weergaven tonen de wijken en buurten van de gemeente die je kiest, met Nederland als referentie; de keuze wordt met de werkruimte onthouden.</numerusform>
            <numerusform>Deze werkruimte bevat %n gemeenten. De weergaven tonen de wijken en buurten van de gemeente die je kiest, met Nederland als referentie; de keuze wordt met de werkruimte onthouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Typ een naam…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Heel Nederland</translation>
    </message>
</context>
<context>
    <name>wijk::gui::ImportController</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Importable files (*.zip *.csv *.xlsx *.gpkg *.json *.geojson);;All files (*)</source>
        <translation>Importeerbare bestanden (*.zip *.csv *.xlsx *.gpkg *.json *.geojson);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Er loopt nog een andere import.</translation>
    </message>
    <message>
        <source>New workspace for the import</source>
        <translation>Nieuwe werkruimte voor de import</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation>Werkruimten (*.gpkg)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>wijk::gui::ImportWatch</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the workspace again: the figures of imports made since</source>
        <translation>De werkruimte opnieuw inlezen: de cijfers van de imports sindsdien</translation>
    </message>
    <message>
        <source>New import in %1 since it was read: View → Refresh (%2) shows the new figures.</source>
        <translation>Nieuwe import in %1 sinds het inlezen: Beeld → Vernieuwen (%2) toont de nieuwe cijfers.</translation>
    </message>
</context>
<context>
    <name>wijk::gui::MainWindow</name>
    <message>
        <source>Wijkmonitor Workbench</source>
        <translation>Wijkmonitor Workbench</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation>&amp;Selectie</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import an extract folder or zip, a CBS file, CSV, XLSX or GeoPackage (or drop it on the window)</source>
        <translation>Importeer een extractmap of -zip, een CBS-bestand, CSV, XLSX of GeoPackage (of sleep het op het venster)</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Indeling he&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>Selectie &amp;wissen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zoom naar selectie</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>&amp;About Wijkmonitor Workbench</source>
        <translation>&amp;Over Wijkmonitor Workbench</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Indicator on the vertical axis</source>
        <translation>Indicator op de verticale as</translation>
    </message>
    <message>
        <source>No workspace open. Open a workspace (Ctrl+O), open the demo, or drop an extract folder, zip, CSV, XLSX or GeoPackage here.</source>
        <translation>Geen werkruimte geopend. Open een werkruimte (Ctrl+O), open de demo, of sleep hier een extractmap, zip, CSV, XLSX of GeoPackage naartoe.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg);;All files (*)</source>
        <translation>Werkruimten (*.gpkg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>About Wijkmonitor Workbench</source>
        <translation>Over Wijkmonitor Workbench</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demowerkruimte</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>De demo kon niet worden klaargezet: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Geen werkruimte geopend</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Geselecteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) selected</source>
        <translation>
            <numerusform>%n gebied geselecteerd</numerusform>
            <numerusform>%n gebieden geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Previous year</source>
        <translation>&amp;Vorig jaar</translation>
    </message>
    <message>
        <source>&amp;Next year</source>
        <translation>V&amp;olgend jaar</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>Afs&amp;pelen / pauzeren</translation>
    </message>
    <message>
        <source>Signals could not be computed: %1</source>
        <translation>De signalen konden niet worden berekend: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wijkmonitor Workbench&lt;/h3&gt;&lt;p&gt;Neighbourhood figures of Dutch municipalities: import, explore, test trends honestly, map and report — offline.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wijkmonitor Workbench&lt;/h3&gt;&lt;p&gt;Wijkcijfers van Nederlandse gemeenten: importeren, verkennen, trends eerlijk toetsen, in kaart brengen en rapporteren — offline.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>&amp;Teamwerkruimte openen…</translation>
    </message>
    <message>
        <source>Open a team workspace on a PostgreSQL/PostGIS server (docs/team-workspace.md)</source>
        <translation>Open een teamwerkruimte op een PostgreSQL/PostGIS-server (docs/team-workspace.md)</translation>
    </message>
    <message>
        <source>QGIS authentication database</source>
        <translation>QGIS-authenticatiedatabase</translation>
    </message>
    <message>
        <source>Master password of the QGIS authentication database:</source>
        <translation>Hoofdwachtwoord van de QGIS-authenticatiedatabase:</translation>
    </message>
    <message>
        <source>Open team workspace</source>
        <translation>Teamwerkruimte openen</translation>
    </message>
    <message>
        <source>%1 read again.</source>
        <translation>%1 opnieuw ingelezen.</translation>
    </message>
</context>
<context>
    <name>wijk::gui::MapExportDialog</name>
    <message>
        <source>Export map</source>
        <translation>Kaart exporteren</translation>
    </message>
    <message>
        <source>PDF (print, vector)</source>
        <translation>PDF (afdrukken, vector)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (afbeelding)</translation>
    </message>
    <message>
        <source>SVG (vector, to edit)</source>
        <translation>SVG (vector, om te bewerken)</translation>
    </message>
    <message>
        <source>The whole area (not the part on screen)</source>
        <translation>Het hele gebied (niet het deel op het scherm)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolutie:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Uitsnede:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>wijk::gui::MapPresenter</name>
    <message>
        <source>The map cannot be drawn: %1</source>
        <translation>De kaart kan niet worden getekend: %1</translation>
    </message>
    <message>
        <source>Computing the spatial weights and clusters…</source>
        <translation>De ruimtelijke gewichten en clusters worden berekend…</translation>
    </message>
    <message>
        <source>EB-estimated rates (raw rates in the table and tooltip)</source>
        <translation>EB-geschatte cijfers (ruwe cijfers in de tabel en de tooltip)</translation>
    </message>
</context>
<context>
    <name>wijk::gui::MemoDialog</name>
    <message>
        <source>Council memo</source>
        <translation>Raadsmemo</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Your opening paragraph (optional)</source>
        <translation>Uw openingsalinea (niet verplicht)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (to edit in Word or LibreOffice)</source>
        <translation>ODT (om te bewerken in Word of LibreOffice)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Voorbeeld bijwerken</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Signals (tick and order):</source>
        <translation>Signalen (aanvinken en ordenen):</translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation>Opening:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>thema&apos;s: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>periode %1</translation>
    </message>
    <message numerus="yes">
        <source>No signals ticked: the memo leads with the %n unfavourable signal(s)</source>
        <translation>
            <numerusform>Geen signalen aangevinkt: de memo begint met het %n ongunstige signaal</numerusform>
            <numerusform>Geen signalen aangevinkt: de memo begint met de %n ongunstige signalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen signal(s)</source>
        <translation>
            <numerusform>%n gekozen signaal</numerusform>
            <numerusform>%n gekozen signalen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::OutputPathField</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist:
%1

Replace them?</source>
        <translation>
            <numerusform>%n bestand bestaat al:
%1

Vervangen?</numerusform>
            <numerusform>%n bestanden bestaan al:
%1

Vervangen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::ProfileDialog</name>
    <message>
        <source>Wijk profile</source>
        <translation>Wijkprofiel</translation>
    </message>
    <message>
        <source>Wijken</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>The selected wijk(en): %1</source>
        <translation>De geselecteerde wijk(en): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>All wijken of %1</source>
        <translation>Alle wijken van %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>One PDF (several wijken: with a table of contents)</source>
        <translation>Eén PDF (meer wijken: met inhoudsopgave)</translation>
    </message>
    <message>
        <source>One PDF per wijk, into a folder</source>
        <translation>Eén PDF per wijk, in een map</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <source>The folder %1 already holds wijk profiles. Replace them?</source>
        <translation>De map %1 bevat al wijkprofielen. Vervangen?</translation>
    </message>
</context>
<context>
    <name>wijk::gui::ReportActions</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Wijk profiles, the council memo, map and data exports (click: wijk profile)</source>
        <translation>Wijkprofielen, de raadsmemo, kaart- en gegevensexports (klik: wijkprofiel)</translation>
    </message>
    <message>
        <source>Wijk &amp;profile…</source>
        <translation>&amp;Wijkprofiel…</translation>
    </message>
    <message>
        <source>Council &amp;memo…</source>
        <translation>Raads&amp;memo…</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>&amp;Kaart exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>&amp;Gegevens exporteren…</translation>
    </message>
    <message>
        <source>&amp;Copy map</source>
        <translation>Kaart &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Templates folder…</source>
        <translation>&amp;Sjablonenmap…</translation>
    </message>
    <message>
        <source>A folder with your own wijkprofiel.qpt and wijk_map_a4_landscape.qpt layouts</source>
        <translation>Een map met uw eigen opmaak: wijkprofiel.qpt en wijk_map_a4_landscape.qpt</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte open.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>The profile template %1 cannot be used: %2
The built-in layout is used instead.</source>
        <translation>Het profielsjabloon %1 is niet bruikbaar: %2
De ingebouwde opmaak wordt gebruikt.</translation>
    </message>
    <message>
        <source>The map template %1 cannot be used: %2
The built-in layout is used instead.</source>
        <translation>Het kaartsjabloon %1 is niet bruikbaar: %2
De ingebouwde opmaak wordt gebruikt.</translation>
    </message>
    <message>
        <source>Council memo</source>
        <translation>Raadsmemo</translation>
    </message>
    <message>
        <source>Wijk profile</source>
        <translation>Wijkprofiel</translation>
    </message>
    <message>
        <source>Making wijk profiles</source>
        <translation>Wijkprofielen maken</translation>
    </message>
    <message>
        <source>Writing the council memo</source>
        <translation>De raadsmemo schrijven</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Kaart exporteren</translation>
    </message>
    <message>
        <source>Exporting the map</source>
        <translation>De kaart exporteren</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Exporting data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Folder with your own layouts (wijkprofiel.qpt, wijk_map_a4_landscape.qpt)</source>
        <translation>Map met uw eigen opmaak (wijkprofiel.qpt, wijk_map_a4_landscape.qpt)</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Sjablonenmap</translation>
    </message>
    <message>
        <source>The folder holds no layouts yet. Copy the built-in ones into it, to change them in the QGIS layout designer?</source>
        <translation>De map bevat nog geen opmaak. De ingebouwde erin kopiëren, om ze in de QGIS-opmaakontwerper aan te passen?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s):</source>
        <translation>
            <numerusform>%n bestand geschreven:</numerusform>
            <numerusform>%n bestanden geschreven:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Werkruimte lezen…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Geannuleerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Cancel came too late: the job had finished, and its files are complete.</source>
        <translation>Annuleren kwam te laat: de opdracht was al klaar, en de bestanden zijn compleet.</translation>
    </message>
</context>
<context>
    <name>wijk::gui::ReportProcess</name>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <source>The report program %1 stopped unexpectedly.</source>
        <translation>Het rapportprogramma %1 is onverwacht gestopt.</translation>
    </message>
    <message>
        <source>The report program %1 cannot be started (it is installed next to the window&apos;s program): %2</source>
        <translation>Het rapportprogramma %1 kan niet worden gestart (het staat naast het programma van het venster): %2</translation>
    </message>
</context>
<context>
    <name>wijk::gui::SpatialController</name>
    <message>
        <source>Moran scatter</source>
        <translation>Moran-scatterplot</translation>
    </message>
    <message>
        <source>EB-estimated</source>
        <translation>EB-geschat</translation>
    </message>
    <message>
        <source>Empirical Bayes rates on the map and next to the raw rates in the table: small denominators shrink towards the overall rate</source>
        <translation>Empirical Bayes-cijfers op de kaart en naast de ruwe cijfers in de tabel: kleine noemers schuiven op naar het totaalcijfer</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Geen werkruimte geopend.</translation>
    </message>
    <message>
        <source>The clusters cannot be computed: %1</source>
        <translation>De clusters kunnen niet worden berekend: %1</translation>
    </message>
    <message>
        <source>The similar areas cannot be found: %1</source>
        <translation>De vergelijkbare gebieden kunnen niet worden gevonden: %1</translation>
    </message>
</context>
<context>
    <name>wijk::gui::TakeOffline</name>
    <message>
        <source>Take &amp;offline…</source>
        <translation>&amp;Offline halen…</translation>
    </message>
    <message>
        <source>Copy the team workspace (or some of its gemeenten) into a workspace file that works without a network</source>
        <translation>Kopieer de teamwerkruimte (of enkele van haar gemeenten) naar een werkruimtebestand dat zonder netwerk werkt</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Offline halen</translation>
    </message>
    <message>
        <source>Copying %1 into %2…</source>
        <translation>%1 wordt gekopieerd naar %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kan niet worden vervangen.</translation>
    </message>
    <message>
        <source>Taken offline: %1 regions and %2 values in %3.</source>
        <translation>Offline gehaald: %1 gebieden en %2 waarden in %3.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Open the offline workspace now?</source>
        <translation>De offline werkruimte nu openen?</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicator %1</translation>
    </message>
</context>
<context>
    <name>wijk::gui::TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation>Offline halen</translation>
    </message>
    <message>
        <source>Copies the team workspace (or some of its gemeenten) into a workspace file that works without a network. Its figures are those of now; the file records where and when it was taken.</source>
        <translation>Kopieert de teamwerkruimte (of enkele van haar gemeenten) naar een werkruimtebestand dat zonder netwerk werkt. De cijfers zijn die van nu; het bestand legt vast waar en wanneer ze zijn gehaald.</translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation>Werkruimten (*.gpkg)</translation>
    </message>
    <message>
        <source>Gemeenten:</source>
        <translation>Gemeenten:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message numerus="yes">
        <source>All of the team workspace (%n gemeente(n)).</source>
        <translation>
            <numerusform>De hele teamwerkruimte (%n gemeente).</numerusform>
            <numerusform>De hele teamwerkruimte (%n gemeenten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gemeente(n) with their wijken and buurten.</source>
        <translation>
            <numerusform>%n gemeente met haar wijken en buurten.</numerusform>
            <numerusform>%n gemeenten met hun wijken en buurten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Teamwerkruimte openen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Service (pg_service.conf)</source>
        <translation>Service (pg_service.conf)</translation>
    </message>
    <message>
        <source>URI or connection keywords</source>
        <translation>URI of verbindingstekst</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>(uw inlognaam)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>The password comes from the chosen QGIS login, or else from ~/.pgpass, PGPASSWORD or the service file. The workbench never stores a password.</source>
        <translation>Het wachtwoord komt uit de gekozen QGIS-login, anders uit ~/.pgpass, PGPASSWORD of het servicebestand. De workbench bewaart nooit een wachtwoord.</translation>
    </message>
    <message>
        <source>Connect with:</source>
        <translation>Verbinden via:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>QGIS login (authcfg):</source>
        <translation>QGIS-login (authcfg):</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>None: libpq finds the password</source>
        <translation>Geen: libpq zoekt het wachtwoord</translation>
    </message>
    <message>
        <source>A location starts with postgresql://, service=, host= or dbname=.</source>
        <translation>Een locatie begint met postgresql://, service=, host= of dbname=.</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Opent %1</translation>
    </message>
</context>
<context>
    <name>wijk::import</name>
    <message>
        <source>%1 exists already; pull writes a new workspace file.</source>
        <translation>%1 bestaat al; pull schrijft een nieuw werkruimtebestand.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>The pull was cancelled; no file was written.</source>
        <translation>Het ophalen is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The values of %1 come from extract %2, which the workspace no longer lists; nothing was pulled.</source>
        <translation>De waarden van %1 komen uit extract %2, dat de werkruimte niet meer noemt; er is niets opgehaald.</translation>
    </message>
</context>
<context>
    <name>wijk::import::ComposedIndicator</name>
    <message>
        <source>%1 (%2, %3) is niet opgeslagen: %4</source>
        <translation>%1 (%2, %3) is niet opgeslagen: %4</translation>
    </message>
</context>
<context>
    <name>wijk::maps</name>
    <message>
        <source>QGIS has no classification method &apos;%1&apos;.</source>
        <translation>QGIS heeft geen classificatiemethode &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>QGIS&apos;s %1 classification gave no classes.</source>
        <translation>De %1-classificatie van QGIS gaf geen klassen.</translation>
    </message>
    <message>
        <source>Lower outlier (&lt; %1)</source>
        <translation>Uitschieter laag (&lt; %1)</translation>
    </message>
    <message>
        <source>&lt; 25% (%1)</source>
        <translation>&lt; 25% (%1)</translation>
    </message>
    <message>
        <source>25% – 50% (%1)</source>
        <translation>25% – 50% (%1)</translation>
    </message>
    <message>
        <source>50% – 75% (%1)</source>
        <translation>50% – 75% (%1)</translation>
    </message>
    <message>
        <source>&gt; 75% (%1)</source>
        <translation>&gt; 75% (%1)</translation>
    </message>
    <message>
        <source>Upper outlier (&gt; %1)</source>
        <translation>Uitschieter hoog (&gt; %1)</translation>
    </message>
    <message>
        <source>There are no values to classify.</source>
        <translation>Er zijn geen waarden om in te delen.</translation>
    </message>
    <message>
        <source>Manual classification needs 1 to 8 breaks (2 to 9 classes).</source>
        <translation>Handmatige indeling vraagt 1 tot 8 grenzen (2 tot 9 klassen).</translation>
    </message>
    <message>
        <source>Manual breaks must be strictly ascending.</source>
        <translation>Handmatige grenzen moeten strikt oplopen.</translation>
    </message>
    <message>
        <source>The number of classes must be 3 to 9, not %1.</source>
        <translation>Het aantal klassen moet 3 tot 9 zijn, niet %1.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>Trend not significant (hatched)</source>
        <translation>Trend niet significant (gearceerd)</translation>
    </message>
    <message>
        <source>Deterioration</source>
        <translation>Verslechtering</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbetering</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Geen signaal</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>kan het bestand niet schrijven</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>niet genoeg geheugen voor de afbeelding</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>de PDF kon niet worden geschreven</translation>
    </message>
    <message>
        <source>an SVG layer could not be written</source>
        <translation>een SVG-laag kon niet worden geschreven</translation>
    </message>
    <message>
        <source>the export failed</source>
        <translation>het exporteren is mislukt</translation>
    </message>
    <message>
        <source>%1: unknown output format; use .png, .svg or .pdf.</source>
        <translation>%1: onbekend uitvoerformaat; gebruik .png, .svg of .pdf.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: de map bestaat niet.</translation>
    </message>
    <message>
        <source>extract %1</source>
        <translation>extract %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the layout template.</source>
        <translation>%1: kan de opmaaksjabloon niet lezen.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <source>%1: QGIS could not load this layout template.</source>
        <translation>%1: QGIS kon deze opmaaksjabloon niet laden.</translation>
    </message>
    <message>
        <source>The layout template has no map item with id &apos;map&apos;.</source>
        <translation>De opmaaksjabloon heeft geen kaartitem met id &apos;map&apos;.</translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: bestand niet gevonden.</translation>
    </message>
    <message>
        <source>%1: no readable layer &apos;%2&apos;.</source>
        <translation>%1: geen leesbare laag &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1, layer %2: field &apos;%3&apos; not found.</source>
        <translation>%1, laag %2: veld &apos;%3&apos; niet gevonden.</translation>
    </message>
    <message>
        <source>%1: invalid filter &apos;%2&apos;.</source>
        <translation>%1: ongeldig filter &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1, feature %2 (%3): cannot reproject to EPSG:28992.</source>
        <translation>%1, object %2 (%3): kan niet worden omgezet naar EPSG:28992.</translation>
    </message>
    <message>
        <source>%1: no regions with a code and a geometry%2.</source>
        <translation>%1: geen gebieden met een code en een geometrie%2.</translation>
    </message>
    <message>
        <source> matching %1</source>
        <translation> die voldoen aan %1</translation>
    </message>
    <message>
        <source>%1: the regions could not be loaded into memory.</source>
        <translation>%1: de gebieden konden niet in het geheugen worden geladen.</translation>
    </message>
    <message>
        <source>The map labels could not be written to the region layer.</source>
        <translation>De kaartlabels konden niet naar de gebiedslaag worden geschreven.</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Geen verandering</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 per jaar</translation>
    </message>
    <message>
        <source>%1: no geometry to draw.</source>
        <translation>%1: geen geometrie om te tekenen.</translation>
    </message>
    <message>
        <source>%1: could not be loaded into memory.</source>
        <translation>%1: kon niet in het geheugen worden geladen.</translation>
    </message>
    <message>
        <source>Suppressed (privacy)</source>
        <translation>Afgeschermd (privacy)</translation>
    </message>
    <message>
        <source>Small numbers (dotted; shown, not a signal)</source>
        <translation>Kleine aantallen (gestippeld; getoond, geen signaal)</translation>
    </message>
    <message>
        <source>A change or trend map cannot be a box map.</source>
        <translation>Een veranderings- of trendkaart kan geen boxkaart zijn.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Verandering %1</translation>
    </message>
    <message>
        <source>Change %1 (%2)</source>
        <translation>Verandering %1 (%2)</translation>
    </message>
    <message>
        <source>Trend %1 (%2)</source>
        <translation>Trend %1 (%2)</translation>
    </message>
    <message>
        <source>Signal %1</source>
        <translation>Signaal %1</translation>
    </message>
    <message>
        <source>Local Moran clusters %1</source>
        <translation>Lokale Moran-clusters %1</translation>
    </message>
</context>
<context>
    <name>wijk::presentation</name>
    <message>
        <source>Unknown indicator &apos;%1&apos;.</source>
        <translation>Onbekende indicator &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The workspace has no period %1.</source>
        <translation>De werkruimte heeft geen periode %1.</translation>
    </message>
    <message>
        <source>The start year %1 is after %2.</source>
        <translation>Het beginjaar %1 ligt na %2.</translation>
    </message>
    <message>
        <source>No indicator chosen.</source>
        <translation>Geen indicator gekozen.</translation>
    </message>
    <message>
        <source>Empirical Bayes rates are for ratios (a numerator per denominator); %1 is no ratio.</source>
        <translation>Empirical Bayes-cijfers zijn er voor verhoudingen (een teller per noemer); %1 is geen verhouding.</translation>
    </message>
    <message>
        <source>Empirical Bayes rates need the numerator and the denominator of %1 in the workspace; it lacks %2.</source>
        <translation>Empirical Bayes-cijfers vragen de teller en de noemer van %1 in de werkruimte; %2 ontbreekt.</translation>
    </message>
    <message>
        <source>EB-estimated %1</source>
        <translation>EB-geschat %1</translation>
    </message>
    <message>
        <source>Empirical Bayes rate: the raw rate shrunk towards the overall rate, the more the smaller its denominator</source>
        <translation>Empirical Bayes-cijfer: het ruwe cijfer opgeschoven naar het totaalcijfer, meer naarmate de noemer kleiner is</translation>
    </message>
    <message>
        <source>EB-estimated: %1 (raw %2; %3 of %4)</source>
        <translation>EB-geschat: %1 (ruw %2; %3 van %4)</translation>
    </message>
    <message numerus="yes">
        <source>median of %n similar municipalities</source>
        <translation>
            <numerusform>mediaan van %n vergelijkbare gemeente</numerusform>
            <numerusform>mediaan van %n vergelijkbare gemeenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n similar buurten</source>
        <translation>
            <numerusform>mediaan van %n vergelijkbare buurt</numerusform>
            <numerusform>mediaan van %n vergelijkbare buurten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n similar wijken</source>
        <translation>
            <numerusform>mediaan van %n vergelijkbare wijk</numerusform>
            <numerusform>mediaan van %n vergelijkbare wijken</numerusform>
        </translation>
    </message>
    <message>
        <source>High–high</source>
        <translation>Hoog–hoog</translation>
    </message>
    <message>
        <source>Low–low</source>
        <translation>Laag–laag</translation>
    </message>
    <message>
        <source>High–low</source>
        <translation>Hoog–laag</translation>
    </message>
    <message>
        <source>Low–high</source>
        <translation>Laag–hoog</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Niet significant</translation>
    </message>
    <message>
        <source>row-standardised</source>
        <translation>rijgestandaardiseerd</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binair</translation>
    </message>
    <message>
        <source>%1 weights %2 (%3)</source>
        <translation>%1-gewichten %2 (%3)</translation>
    </message>
    <message>
        <source>%1 permutations, seed %2</source>
        <translation>%1 permutaties, seed %2</translation>
    </message>
    <message>
        <source>no permutations</source>
        <translation>geen permutaties</translation>
    </message>
    <message>
        <source>Benjamini–Hochberg, q ≤ %1</source>
        <translation>Benjamini–Hochberg, q ≤ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n island(s) left out</source>
        <translation>
            <numerusform>%n eiland weggelaten</numerusform>
            <numerusform>%n eilanden weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Moran&apos;s I %1 (p %2; n %3)</source>
        <translation>Moran&apos;s I %1 (p %2; n %3)</translation>
    </message>
    <message>
        <source>%1 (standardised)</source>
        <translation>%1 (gestandaardiseerd)</translation>
    </message>
    <message>
        <source>Spatial lag (neighbours)</source>
        <translation>Ruimtelijke lag (buren)</translation>
    </message>
    <message>
        <source>Moran scatter · %1 · %2</source>
        <translation>Moran-scatterplot · %1 · %2</translation>
    </message>
</context>
<context>
    <name>wijk::sql</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the file may not grow any larger (the file size limit is reached)</source>
        <translation>het bestand mag niet groter worden (de grens voor de bestandsgrootte is bereikt)</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>uw schijfquotum is op</translation>
    </message>
    <message>
        <source>the disk cannot be written (%1)</source>
        <translation>er kan niet naar de schijf worden geschreven (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>de schijf van de server is vol</translation>
    </message>
    <message>
        <source>the server rolled the transaction back</source>
        <translation>de server heeft de transactie teruggedraaid</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::IndicatorCatalogue</name>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Disclosure threshold</source>
        <translation>Onthullingsdrempel</translation>
    </message>
    <message>
        <source>values based on fewer than %1 are not shown</source>
        <translation>waarden op basis van minder dan %1 worden niet getoond</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Search indicators…</source>
        <translation>Zoek indicatoren…</translation>
    </message>
    <message>
        <source>Choose an indicator to see its definition.</source>
        <translation>Kies een indicator om de definitie te zien.</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::MapControls</name>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>Standaardafwijkingen</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>Ronde grenzen</translation>
    </message>
    <message>
        <source>Box map</source>
        <translation>Boxkaart</translation>
    </message>
    <message>
        <source>%1 on each side of 0</source>
        <translation>%1 per kant van 0</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>Speel de jaren af</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Kaart:</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>K&amp;lassen:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <source>Same classes every year</source>
        <translation>Zelfde klassen elk jaar</translation>
    </message>
    <message>
        <source>Classes (and the ranking&apos;s axis) computed over all years of the series, so that playing through the years shows growth; off: each year its own classes</source>
        <translation>Klassen (en de as van de rangorde) berekend over alle jaren van de reeks, zodat afspelen door de jaren groei laat zien; uit: elk jaar eigen klassen</translation>
    </message>
    <message>
        <source>What the colours show: the value, the change since the previous period, the trend, or the signals</source>
        <translation>Wat de kleuren tonen: de waarde, de verandering sinds de vorige periode, de trend of de signalen</translation>
    </message>
    <message>
        <source>How values are divided into classes. Change and trend maps: a neutral class for no change or no significant trend, and classes by this method on each side of 0</source>
        <translation>Hoe de waarden in klassen worden verdeeld. Verandering- en trendkaarten: een neutrale klasse voor geen verandering of geen significante trend, en klassen volgens deze methode aan elke kant van 0</translation>
    </message>
    <message>
        <source>Number of classes (3–9)</source>
        <translation>Aantal klassen (3–9)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::MapView</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1: bestand niet gevonden</translation>
    </message>
    <message>
        <source>%1: QGIS cannot read this file as a map layer</source>
        <translation>%1: QGIS kan dit bestand niet als kaartlaag lezen</translation>
    </message>
    <message>
        <source>Add background layer</source>
        <translation>Achtergrondlaag toevoegen</translation>
    </message>
    <message>
        <source>Map layers (*.gpkg *.mbtiles *.tif *.tiff *.shp *.geojson *.json *.fgb);;All files (*)</source>
        <translation>Kaartlagen (*.gpkg *.mbtiles *.tif *.tiff *.shp *.geojson *.json *.fgb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Zoom to all regions</source>
        <translation>Zoom naar alle gebieden</translation>
    </message>
    <message>
        <source>Zoom to the selected regions</source>
        <translation>Zoom naar de geselecteerde gebieden</translation>
    </message>
    <message>
        <source>Add background layer…</source>
        <translation>Achtergrondlaag toevoegen…</translation>
    </message>
    <message>
        <source>Import boundaries…</source>
        <translation>Grenzen importeren…</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::ScaleBarOverlay</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::SignalsList</name>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>district (wijk)</source>
        <translation>wijk</translation>
    </message>
    <message>
        <source>neighbourhood (buurt)</source>
        <translation>buurt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>favourable</source>
        <translation>gunstig</translation>
    </message>
    <message>
        <source>unfavourable</source>
        <translation>ongunstig</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <source>▲ rising</source>
        <translation>▲ stijgend</translation>
    </message>
    <message>
        <source>▼ falling</source>
        <translation>▼ dalend</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle niveaus</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing signals…</source>
        <translation>Signalen worden berekend…</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>Alle beoordelingen</translation>
    </message>
    <message>
        <source>deterioration</source>
        <translation>verslechtering</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>verbetering</translation>
    </message>
    <message>
        <source>neutral (no polarity)</source>
        <translation>neutraal (geen voorkeursrichting)</translation>
    </message>
    <message>
        <source>%1 · tick to put this signal in the council memo</source>
        <translation>%1 · vink aan om dit signaal in de raadsmemo op te nemen</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::ValuesTableModel</name>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>voorlopig</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <source>suppressed: fewer observations than the disclosure threshold</source>
        <translation>afgeschermd: minder waarnemingen dan de onthullingsdrempel</translation>
    </message>
    <message>
        <source>derived: aggregated by the workbench from the buurten</source>
        <translation>afgeleid: door de workbench uit de buurten samengeteld</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>%1; small numbers: the denominator is below the reliability threshold, so this value is never a signal</source>
        <translation>%1; kleine aantallen: de noemer ligt onder de betrouwbaarheidsdrempel, dus deze waarde is nooit een signaal</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::ValuesTableView</name>
    <message>
        <source>%1: estimated (moved onto this division by a crosswalk)</source>
        <translation>%1: geschat (met een crosswalk naar deze indeling verplaatst)</translation>
    </message>
    <message>
        <source>%1 estimated: moved onto this division by a crosswalk</source>
        <translation>%1 geschat: met een crosswalk naar deze indeling verplaatst</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Filter gebieden…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Years across</source>
        <translation>Jaren als kolommen</translation>
    </message>
    <message>
        <source>Indicators of the theme across</source>
        <translation>Indicatoren van het thema als kolommen</translation>
    </message>
    <message>
        <source>Regions down; across either the years of the chosen indicator or all indicators of its theme in the chosen year</source>
        <translation>Gebieden als rijen; als kolommen de jaren van de gekozen indicator, of alle indicatoren van het thema in het gekozen jaar</translation>
    </message>
    <message>
        <source>&lt;i&gt;italic&lt;/i&gt;: provisional · &lt;span style=&apos;color:#1f4e79&apos;&gt;blue&lt;/span&gt;: derived by the workbench · %1: suppressed (below the disclosure threshold) · %2: small numbers (shown, never a signal)</source>
        <translation>&lt;i&gt;cursief&lt;/i&gt;: voorlopig · &lt;span style=&apos;color:#1f4e79&apos;&gt;blauw&lt;/span&gt;: afgeleid door de workbench · %1: afgeschermd (onder de onthullingsdrempel) · %2: kleine aantallen (getoond, nooit een signaal)</translation>
    </message>
    <message>
        <source>%1 provisional</source>
        <translation>%1 voorlopig</translation>
    </message>
    <message>
        <source>%1 withheld (fewer observations than the disclosure threshold)</source>
        <translation>%1 afgeschermd (minder waarnemingen dan de onthullingsdrempel)</translation>
    </message>
    <message>
        <source>%1 small numbers (shown, never a signal)</source>
        <translation>%1 kleine aantallen (getoond, nooit een signaal)</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts</name>
    <message>
        <source>Chart made by Wijkmonitor Workbench</source>
        <translation>Grafiek gemaakt met Wijkmonitor Workbench</translation>
    </message>
    <message>
        <source>Could not write the PNG file %1: %2</source>
        <translation>Kon het PNG-bestand %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>voorlopig</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::ChartPanel</name>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Bewaar de grafiek als PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Bewaar de grafiek als SVG-tekening</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard</source>
        <translation>Kopieer de grafiek naar het klembord</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek bewaren</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>Boxplot</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::DistributionChart</name>
    <message>
        <source>regions (n = %1; %2 without a value)</source>
        <translation>gebieden (n = %1; %2 zonder waarde)</translation>
    </message>
    <message>
        <source>regions (n = %1)</source>
        <translation>gebieden (n = %1)</translation>
    </message>
    <message>
        <source>number of regions</source>
        <translation>aantal gebieden</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>outliers (beyond 1.5 × IQR)</source>
        <translation>uitschieters (voorbij 1,5 × IKA)</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::MoranScatterChart</name>
    <message>
        <source>slope = Moran&apos;s I = %1</source>
        <translation>helling = Moran&apos;s I = %1</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>helling</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::RankingChart</name>
    <message>
        <source>regions</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>geselecteerd</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::ScatterChart</name>
    <message>
        <source>linear fit: r = %1, n = %2</source>
        <translation>lineaire fit: r = %1, n = %2</translation>
    </message>
    <message>
        <source>regions (%1 left out: no value)</source>
        <translation>gebieden (%1 weggelaten: geen waarde)</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>geselecteerd</translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::TrendChart</name>
    <message>
        <source>estimated (crosswalk)</source>
        <translation>geschat (crosswalk)</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>voorlopig</translation>
    </message>
    <message>
        <source>trend (Theil-Sen)</source>
        <translation>trend (Theil-Sen)</translation>
    </message>
    <message>
        <source>trend (Theil-Sen), not significant</source>
        <translation>trend (Theil-Sen), niet significant</translation>
    </message>
    <message>
        <source>trend, 95% band</source>
        <translation>trend, 95%-band</translation>
    </message>
</context>
<context>
    <name>wijk::workspace</name>
    <message>
        <source>De werkruimte %1 is alleen-lezen: %2</source>
        <translation>De werkruimte %1 is alleen-lezen: %2</translation>
    </message>
    <message>
        <source>De werkruimte %1 is niet te schrijven: %2</source>
        <translation>De werkruimte %1 is niet te schrijven: %2</translation>
    </message>
    <message>
        <source>De gewichten &apos;%1&apos; zijn niet opgeslagen in %2: %3</source>
        <translation>De gewichten &apos;%1&apos; zijn niet opgeslagen in %2: %3</translation>
    </message>
    <message>
        <source>De werkruimte %1 heeft geen gewichten &apos;%2&apos;.</source>
        <translation>De werkruimte %1 heeft geen gewichten &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a team workspace on PostgreSQL (postgresql://… or service=…).</source>
        <translation>%1 is geen teamwerkruimte op PostgreSQL (postgresql://… of service=…).</translation>
    </message>
    <message>
        <source>Cannot set up the team workspace %1: %2</source>
        <translation>Kan de teamwerkruimte %1 niet inrichten: %2</translation>
    </message>
    <message>
        <source>%1 is not a gemeente code (GM and four digits).</source>
        <translation>%1 is geen gemeentecode (GM en vier cijfers).</translation>
    </message>
    <message>
        <source>The role %1 does not exist.</source>
        <translation>De rol %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot limit the role %1 in %2: %3</source>
        <translation>Kan de rol %1 in %2 niet beperken: %3</translation>
    </message>
</context>
</TS>
