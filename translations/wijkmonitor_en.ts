<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BoundariesImport</name>
    <message>
        <source>GDAL cannot read this as vector data (GeoPackage, GeoJSON, TopoJSON, Shapefile...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer ignored: no statcode, gemeentecode, wijkcode or buurtcode field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinate reference system declared; assuming WGS84 longitude/latitude as GeoJSON and TopoJSON do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinate reference system: cannot place the boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reproject from %1 to RD New (EPSG:28992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBS region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice (also feature %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid geometry (%2) repaired with MakeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the geometry is empty or has no area left after repair; the region is kept without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an area (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 water features (water = JA) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer with region codes (statcode, gemeentecode, wijkcode or buurtcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year of the division is unknown: give it with --period YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arc %2 does not exist (the file has %3 arcs); its shape cannot be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be converted from the file&apos;s coordinate reference system %2 to RD New (EPSG:28992); is that the CRS the coordinates are in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 other features cannot be converted from the file&apos;s coordinate reference system %3 to RD New (EPSG:28992); is that the CRS the coordinates are in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the Netherlands (RD New %2) when read in the file&apos;s coordinate reference system %3: the CRS or the coordinates are wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 other features lie outside the Netherlands (RD New %3) when read in the file&apos;s coordinate reference system %4: the CRS or the coordinates are wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CbsFormats</name>
    <message>
        <source>CBS Kerncijfers wijken en buurten, CSV export (one row per region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS Kerncijfers wijken en buurten, Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS Kerncijfers wijken en buurten, JSON object keyed by region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS Kerncijfers wijken en buurten, OData JSON ({&quot;value&quot;: [...]})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region boundaries: CBS wijk- en buurtkaart GeoPackage, or GeoJSON/TopoJSON/GeoPackage with statcode/statnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metadata is not used by the boundaries format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic long table region;indicator;period;value[;status], indicators from --metadata indicators.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long table takes one --metadata file (indicators.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is ignored: a long table has its own period column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CbsMetadata</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no year in the table&apos;s Period; give the year with --period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a topic without a Key is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (CBS): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator (Topic) found; is this a CBS DataProperties file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrosswalkDerivation</name>
    <message>
        <source>no field &apos;%1&apos; in layer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer declares no coordinate system: read as RD New (EPSG:28992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reproject to EPSG:28992</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds no two divisions with boundaries for %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps smaller than %2 % of both regions ignored as slivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points lie outside the regions of one of the divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regions without boundaries left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrosswalkImport</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBS code of a gemeente, wijk or buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed levels: %1 is a %2, %3 a %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN or infinity is not a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the command line says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but earlier lines say %2: one pair of years per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 already given on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years of the two divisions are not known: give the columns from_year and to_year or --from-year and --to-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from and to year are both %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights of %1 sum to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 of the division in force in %3 (vintage %4) in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has one division of level %1 for %2 and %3; its rows are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row concerns a region of the workspace&apos;s division in force in %1; import its regions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows about regions the workspace does not hold were ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot create the table &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the column &apos;%1&apos; in &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write row %1 of &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarmonisedDataset</name>
    <message>
        <source>Geen omrekentabel van de indeling %1 naar %2 (%3): de waarden van %4 staan niet op de indeling %2.</source>
        <translation>No crosswalk from the division %1 to %2 (%3): the values of %4 are not on the division %2.</translation>
    </message>
    <message>
        <source>Omrekentabel %1 naar %2 (%3): %4 gebied(en), zoals %5, krijgen cijfers van gebieden die de tabel noemt en van een ongewijzigd gebied dat ze niet noemt. Hun gewogen gemiddelden tellen dat gebied mee met het gemiddelde gewicht van de genoemde gebieden; noem het in het bestand (code naar dezelfde code, met zijn gewicht) om zijn eigen gewicht te gebruiken.</source>
        <translation>Crosswalk %1 to %2 (%3): %4 region(s), such as %5, take figures of regions the crosswalk names and of an unchanged region it does not name. Their weighted averages count that region with the mean weight of the named regions; name it in the file (its code to the same code, with its weight) to use its own weight.</translation>
    </message>
</context>
<context>
    <name>KwbImport</name>
    <message>
        <source>metadata file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CBS DataProperties or TableInfos JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period %1 overrides the year %2 of %3; its table identifier is not used either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year of the table is unknown: give it with --period YEAR or pass the table&apos;s TableInfos JSON with --metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name says %1 but the values are stored for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is the same indicator (%2) as column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in %1; imported with a name made from the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBS region code (NL00, GM0402, WK040201, BU04020101, WK0363AA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the code %2; the code decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every figure of %1 is empty: the region is kept, no values are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wijk and buurt values are rounded to multiples of 5 (CBS privacy rounding): sums of buurten need not equal the wijk or gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: %2 with a thousands separator or %3 with a decimal separator? CBS tables use a decimal point and no thousands separator; write the number without grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number, but &apos;%2&apos; is a count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KwbTable</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object keyed by region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected CBS OData JSON: an object with a &quot;value&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is one page of a longer OData result; only its rows are imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without a region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region code column (WijkenEnBuurten); is this a CBS Kerncijfers wijken en buurten table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot read this as an Excel workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the same JSON object (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTableImport</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suppressed value must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN or infinity is not a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 already given on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region %1: not in the workspace and not a CBS code; import its boundaries first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regions not in the workspace were created from their CBS codes, without names or geometry (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description for %1: imported as kind value, unit other, theme Overig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than this system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the writer produced no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is incomplete (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write %1: it is the input %2 of this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write %1: it is the open workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write %1: it is the SQLite file %2 of the open workspace %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Extract %1 (created %2) · %3 · made %4 · Wijkmonitor Workbench %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimates on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkmonitor Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window after this many milliseconds (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version, the commit and the library versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (.gpkg) or team workspace (postgresql://…?schema=NAME, service=NAME) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;; the workspace has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the memo is written as .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 holds no crosswalk to move the figures onto the division of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>The QGIS authentication database cannot be used, so the login %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QGIS authentication database (%1) has no configuration with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is in the QGIS authentication database, which needs its master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password of the QGIS authentication database is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 cannot be read from the QGIS authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is of the kind %2; a team workspace needs a user name and password (Basic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchSession</name>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses, file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds no crosswalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated via crosswalk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no significant trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s years changed during the conversion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceImport</name>
    <message>
        <source>%1: not a format the workbench can import (an extract folder or zip, a CBS file, CSV, XLSX or GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 indicators, %3 regions, %4 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported before; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; the workspace is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkmonitor Workbench, batch commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo extract of the fictional Demostad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the extract to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write into DIR even if it is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty; use --force to write the demo extract into it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Demostad demo extract (%1) to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the trend statistics of every series of one level as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the values of one level (delivered, derived or suppressed) as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (.gpkg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator code; repeat for several (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to write, &apos;-&apos; for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: gemeente, wijk or buurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year of the period range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year of the period range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be gemeente, wijk or buurt, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a year (YYYY), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unknown indicator(s) in %1: %2.</source>
        <translation>
            <numerusform>Unknown indicator in %1: %2.</numerusform>
            <numerusform>Unknown indicators in %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>--level must be gemeente, wijk, buurt or all, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export values (and trends) as CSV, XLSX or GeoPackage, with provenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator code (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeente, wijk, buurt or all (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or gpkg (default: from the --out extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the trends per series (a &apos;trends&apos; sheet/table; for CSV a second file FILE-trends.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel with Dutch settings: &apos;;&apos; between fields and a decimal comma (default: RFC 4180, &apos;,&apos; and a decimal point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown indicator &apos;%1&apos; in workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 trend rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and import extracts or CBS files into a workspace (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input format; detected when omitted. One of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the data when the input does not say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata file (e.g. CBS DataProperties or TableInfos JSON); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract folders, .zip files or CBS files, imported one after the other, each all or nothing. Exit code 2 when any input was not imported (problems, or cancelled with Ctrl-C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one INPUT to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period must be a year (YYYY), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1; name it with --format (one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3) into %4: %5 indicators, %6 regions, %7 observations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: extract %2 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a workspace holds: extracts, indicators, regions, periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1: %2 (schema version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1, imported %2, %3 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vintage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pretty breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a choropleth of one indicator as a finished map (PNG, SVG or PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year shown (the end year of change, trend and signals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: quantile (default), equal, jenks, stddev, pretty, box or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes, 3 to 9 (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual class breaks, ascending, comma separated (implies --method manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year of change, trend and signals (default: the first period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region labels: name, value (name and value) or none (default: name, none for buurten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title instead of the indicator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (default 150 for PNG, 300 for PDF and SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map file: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one --indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required option --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be quantile, equal, jenks, stddev, pretty, box or manual, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--classes must be 3 to 9, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--breaks: &apos;%1&apos; is not a number (use a decimal point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method manual needs --breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--labels must be name, value or none, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be 36 to 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 of %3 regions with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signals %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theil-Sen slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the council memo (signals, movers, maps, methods) as PDF or ODT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this theme, e.g. Inkomen (default: all themes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the memo to %1 (extract %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write wijk profiles (PDF): one wijk, several, or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wijk code (repeatable), e.g. WK999901.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every wijk of the latest division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF; with several wijken it starts with a table of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per wijk into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A print layout template (.qpt) to use instead of the shipped wijkprofiel.qpt; items are found by id (title, map, keyfigures, chart1..chart4, summary, notes, footer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --region CODE (repeatable) or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --out FILE.pdf or --out-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a wijk of workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 holds no wijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on each side of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version, the commit and the library versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the signals (worsening, improving, outliers, neutral trends) of one level as CSV, unfavourable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list what was held back because it rests on small numbers (column small_numbers = true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--breaks: &apos;%1&apos; is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--breaks must increase: %1 does not follow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is not a usable QGIS print layout template (.qpt): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 rows in %n table(s) to %2 (extract %3).</source>
        <translation>
            <numerusform>Wrote %1 rows in %n table to %2 (extract %3).</numerusform>
            <numerusform>Wrote %1 rows in %n tables to %2 (extract %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) with values have no geometry in the %1 division (e.g. %2); they are not drawn.</source>
        <translation>
            <numerusform>%n region with values has no geometry in the %1 division (%2); it is not drawn.</numerusform>
            <numerusform>%n regions with values have no geometry in the %1 division (e.g. %2); they are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n wijk profile(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n wijk profile to %1.</numerusform>
            <numerusform>Wrote %n wijk profiles to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a crosswalk between two divisions into a workspace, or derive one from their boundaries (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the old division, when the file has no from_year column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the new division, when the file has no to_year column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derive: weigh by the overlap&apos;s area (&apos;area&apos;) or by the points of a layer in it (&apos;points:FILE.gpkg[:LAYER[:FIELD]]&apos;, FIELD a weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: read FILE (from_code, to_code, weight and optionally from_year, to_year). derive: overlay the boundaries of the two divisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk CSV (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: crosswalk import --workspace WS FILE [--from-year YYYY --to-year YYYY], or crosswalk derive --workspace WS --from-year YYYY --to-year YYYY --weights WEIGHTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derive needs --from-year and --to-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights must be &apos;area&apos; or &apos;points:FILE.gpkg[:LAYER[:FIELD]]&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: crosswalk %2 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported crosswalk %1 (%2 -&gt; %3) from %4: %5 pairs, %6 rows about regions outside the workspace ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the earlier crosswalk for %1 -&gt; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express every year&apos;s values on the division (wijken, buurten, gemeenten) in force in this year, moved by the workspace&apos;s crosswalks; moved values have source &apos;harmonised&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 holds no crosswalk; import one with &apos;crosswalk import&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalks (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2  %3  %4 pairs, %5 rows ignored  %6  imported %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2  chained via %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated on the division of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the raw and Empirical Bayes rates of a ratio indicator as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no ratio whose numerator and denominator are in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no values for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define or recompute a composite index, stored as an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator code of the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator of the index with its weight and theme; repeat for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z (polarity-aware z-scores, the default) or minmax (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the stored index --code from its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an indicator of the catalogue, not an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the index %1: %2 values, %3 without (a component lacks a value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scaling must be z or minmax, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--component must be CODE[:WEIGHT[:THEME]] with a positive weight, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no index %1 to recompute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the regions most like one region on standardised indicators as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many similar regions to list (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no region %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks a value for one of the indicators in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) left out for lack of a value.</source>
        <translation>
            <numerusform>%n region left out for lack of a value.</numerusform>
            <numerusform>%n regions left out for lack of a value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write Moran&apos;s I and the local Moran (LISA) clusters of one indicator as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights stored in the workspace (their name), or queen, rook, knn:K or gal:FILE (default: queen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (binary) or W (row-standardised; the default, or what stored weights say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of conditional permutations (default 999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the permutations (default 12345).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region is a cluster when its q-value is at most this (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file for the global statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alpha must be a number between 0 and 1, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out as islands (no neighbour with a value): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transform must be B or W, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build, import, export or list the spatial weights kept in a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build (queen, rook or knn:K from the boundaries), import (a GeoDa .gal file), export (to a .gal file) or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division (year of the boundaries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queen, rook or knn:K (build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .gal file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (binary) or W (row-standardised, the default): what analyses use unless told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the weights (default: level-vintage-method, e.g. wijk-2017-queen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.gal file to write (export), &apos;-&apos; for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use weights build, import, export or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;weights import --gal FILE&apos; for a .gal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the weights &apos;%1&apos;: %2 regions, %3 links, %4 islands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Islands (left out of every analysis): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Value and change maps: classes over every year (as the window&apos;s &quot;same classes every year&quot;), so maps of different years compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the regions of these gemeenten, e.g. GM0402 (comma separated; default: every region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed: the gemeente the extracts name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or choose the focus gemeente(n) of a workspace with several gemeenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the chosen focus (the window shows everything or the proposal again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente codes to remember as the focus, e.g. GM0402; none: show the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give gemeente codes or --clear, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focus: every gemeente is shown (choose one with &apos;wijkmonitor-cli focus --workspace WS GM…&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One gemeente: no focus needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all: only the wijken of these gemeenten, e.g. GM0402.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input, 3 internal error, 4 cancelled (--progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the map to show, in the workspace&apos;s coordinates (RD New, metres): xmin,ymin,xmax,ymax (default: every region drawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map layout template (.qpt) to use instead of the shipped wijk_map_a4_landscape.qpt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extent must be xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf, or FILE.odt for a document to edit in Word or LibreOffice (repeatable: the same memo as PDF and ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signal the memo leads with, WIJK:INDICATOR, e.g. WK999901:pct_laag_inkomen (repeatable, in this order; default: the unfavourable signals first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opening paragraph of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead with the memo basket kept in the workspace (the signals ticked in the window, their order, the opening paragraph and the theme); --signal, --opening and --theme override its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signal must be WIJK:INDICATOR, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For programs running this command: progress as &apos;@progress DONE TOTAL WHAT&apos; and finished files as &apos;@written PATH&apos; lines on stderr; a line &apos;cancel&apos; on stdin, or its end, cancels (exit code 4, no file left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (.gpkg); created when absent (and not left behind when nothing is imported). Or a team workspace on PostgreSQL: postgresql://USER@HOST:PORT/DB?schema=NAME or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace: stop with a message when another import still runs after this many seconds (default: wait until it is done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-timeout must be a number of seconds, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a team workspace (or some of its gemeenten) into a new workspace file, to work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace: postgresql://…?schema=NAME or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to write (.gpkg; must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this gemeente&apos;s regions and values, e.g. GM0402 (repeatable; default: everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 regions and %2 values into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a team workspace on PostgreSQL: schema, reader and importer roles, roles limited to gemeenten (run once, by an administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace: postgresql://USER@HOST:PORT/DB?schema=NAME or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: the reader role (default SCHEMA_reader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: the importer role (default SCHEMA_importer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit: the role to limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: create the schema, the roles and their rights (idempotent). limit: let --role see only the regions of the gemeenten given (none: lift the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit: GM codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace ready. Reader role: %1; importer role: %2. Grant them to login roles (GRANT %1 TO alice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees every region again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: server init --workspace URI [--reader ROLE] [--importer ROLE], or server limit --workspace URI --role ROLE [GM…].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (default), change (since --from), trend (Theil-Sen slope per year, non-significant hatched), signals or clusters (local Moran, as &apos;spatial&apos; with its defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be value, change, trend, signals or clusters, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local Moran clusters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table must be years or indicators, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table indicators and --empirical-bayes need --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the values table as the window shows it, at one --level: &apos;years&apos; (one --indicator, every year across) or &apos;indicators&apos; (the --indicator codes across, in that order, in --period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table: the year (indicators across; the year of --empirical-bayes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table: only the regions of these gemeenten (GM…, comma-separated), as the window&apos;s focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table: only rows whose code or name contains TEXT (as the table&apos;s filter box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table: the column to sort on: code, name (default) or a column (INDICATOR_YEAR for years across, the indicator code otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table: sort descending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table years: add the EB-estimated column of --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table needs one --level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table years needs one --indicator, --table indicators one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds no year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Delaunay triangulation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangulation moved a seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voronoi cell %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping cell %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not place the buurt seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry of %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no GeoJSON driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the regions layer in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write region %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Focus on these gemeenten (e.g. GM0402) instead of the one remembered with the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level shown: gemeente, wijk or buurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator code shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--focus: %1 names no gemeente of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--indicator: %1 has no indicator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level: %1 has no level &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: %1 has no year &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>version</name>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::CsvReader</name>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 encoded (it looks like Windows-1252, as Excel&apos;s plain &quot;CSV&quot; format writes it). Save it in Excel as &quot;CSV UTF-8 (comma delimited)&quot;, or convert it: iconv -f CP1252 -t UTF-8 %1 &gt; %1.utf8.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header line is longer than %1 MiB; is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has %1 columns, more than the %2 a table may have; is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line holds a NUL byte: the file is binary (or UTF-16 encoded), not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ExtractImport</name>
    <message>
        <source>is missing: %1 is not a Wijkmonitor extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing from the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists a file that is not in the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: an extract&apos;s observations carry their own periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: the extract also has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing, and the extract has no periods to take it from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 checksum %1 does not match the manifest&apos;s %2: the file was changed or damaged after the extract was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkmonitor extract: a folder or .zip with manifest.json, indicators.csv, observations.csv and regions.gpkg/.geojson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ExtractIndicators</name>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only contain letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind; use count, ratio, mean or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ratio needs a numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ratio needs a denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mean needs a denominator (its weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a polarity; use higher_is_better, lower_is_better or neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an indicator in this extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator cannot refer to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ExtractManifest</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Wijkmonitor extract (expected &apos;wijkmonitor-extract&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported; this workbench reads version 1 (update the workbench for newer extracts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ExtractObservations</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of this extract or the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in indicators.csv or the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suppressed value must be empty, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number (NaN and infinity are not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second value for region %1, indicator %2, period %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use final, provisional, estimated, suppressed or missing, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ExtractRegions</name>
    <message>
        <source>its coordinate reference system is unknown (%1); use EPSG:28992 or WGS84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no layer &apos;regions&apos; (the contract requires that name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no coordinate reference system; store the regions with one (e.g. EPSG:28992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its coordinate reference system (%1) is unknown or cannot be converted to RD New (EPSG:28992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required property is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level; use gemeente, wijk or buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a %1, not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is invalid (self-intersecting or badly nested rings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in vintage %2 (also feature %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of vintage %2 (neither in this file nor in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2; the parent of a %3 must be a %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parents of &apos;%1&apos; form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GeoJSON without &quot;crs&quot; counts as WGS84: declare the CRS the coordinates are in (e.g. EPSG:28992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be converted from the file&apos;s coordinate reference system %1 to RD New (EPSG:28992); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this feature and %1 others cannot be converted from the file&apos;s coordinate reference system %2 to RD New (EPSG:28992); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies outside the Netherlands (RD New %1) when read in the file&apos;s coordinate reference system %2: the CRS or the coordinates are wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this feature and %1 others lie outside the Netherlands (RD New %2) when read in the file&apos;s coordinate reference system %3: the CRS or the coordinates are wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ExtractSource</name>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable zip file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip entry points outside the extract (absolute path or &apos;..&apos;); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip entry is a symbolic link; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip is encrypted: this entry needs a password. Unpack the zip with its password and import the folder; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip declares that it unpacks to %1 MiB, more than the limit of %2 MiB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could no longer be read while checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip entry cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip entry is damaged (%1); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip entry unpacks to more than the %1 bytes its header declares: the zip is damaged or made to mislead; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip unpacks to more than the limit of %1 MiB; refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ImportReport</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n more problem not listed</numerusform>
            <numerusform>%1: %n more problems not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::ImportTransaction</name>
    <message>
        <source>Nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the workspace %1: %2 (is it open in another program?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import transaction is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the import in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 while writing the workspace; nothing was imported, the workspace is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import into the team workspace %1 is running and did not finish within %2 seconds (--lock-timeout). Nothing was imported; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role %1 may only read the team workspace %2: nothing can be imported with it. Import with the importer role (docs/team-workspace.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a table for the values of indicator %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ObservationBulkWriter</name>
    <message>
        <source>a key does not fit the integer columns of the team workspace&apos;s observations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ObservationReader</name>
    <message>
        <source>%1: unknown indicator %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::TextEncoding</name>
    <message>
        <source>the file is %1 encoded, not UTF-8. Save it in Excel as &quot;CSV UTF-8 (comma delimited)&quot;, or convert it: iconv -f %2 -t UTF-8 %3 &gt; %3.utf8.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::ValuePlausibility</name>
    <message>
        <source>&apos;%1&apos; is not a finite number (NaN and infinity are not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is implausibly large: a value may be at most 1e15 in magnitude, so that sums and trends stay finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative, but &apos;%2&apos; is a count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::Workspace</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: you have no write permission on the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: you have no write permission on its folder (needed for the journal that makes imports all-or-nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace (not a GeoPackage or SQLite file: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Wijkmonitor workspace (it has no wm_meta table). Import it into a workspace instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Wijkmonitor Workbench (schema version %2; this version understands up to %3). Update the workbench to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has the older schema version %2 and must be upgraded, but it is read-only. Open it once with write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace %1 from schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 holds an import that was interrupted (%1-journal) and must be undone before it can be read, but it is read-only. Open it once with write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: it is truncated (only %2 bytes). Restore it from a backup, or import its extracts into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: it is truncated (%2 bytes, where its header says %3). Restore it from a backup, or import its extracts into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite: %2). Restore it from a backup, or import its extracts into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: you have no write permission on the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has an invalid schema version (&apos;%2&apos; in wm_meta; a whole number is expected): it was changed by another program or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: the memo basket is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the memo basket in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 does not exist: the schema %2 holds no workspace (or you may not read it). Import into it, or create it with `wijkmonitor-cli server init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2; this version of the workbench reads version %3 on a server. Update the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::engine</name>
    <message>
        <source>gemeenten</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>wijken</source>
        <translation>districts</translation>
    </message>
    <message>
        <source>buurten</source>
        <translation>neighbourhoods</translation>
    </message>
    <message>
        <source>p &lt; 0,001</source>
        <translation>p &lt; 0.001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>in het midden</source>
        <translation>in the middle</translation>
    </message>
    <message>
        <source>in het %1</source>
        <translation>in the %1</translation>
    </message>
    <message>
        <source>De %1 met hoge waarden voor %2 liggen geclusterd %3 (Moran&apos;s I %4, %5).</source>
        <translation>The %1 with high values of %2 cluster %3 (Moran&apos;s I %4, %5).</translation>
    </message>
    <message>
        <source>oosten</source>
        <translation>east</translation>
    </message>
    <message>
        <source>noordoosten</source>
        <translation>north-east</translation>
    </message>
    <message>
        <source>noorden</source>
        <translation>north</translation>
    </message>
    <message>
        <source>noordwesten</source>
        <translation>north-west</translation>
    </message>
    <message>
        <source>westen</source>
        <translation>west</translation>
    </message>
    <message>
        <source>zuidwesten</source>
        <translation>south-west</translation>
    </message>
    <message>
        <source>zuiden</source>
        <translation>south</translation>
    </message>
    <message>
        <source>zuidoosten</source>
        <translation>south-east</translation>
    </message>
    <message>
        <source>%1: het bestand is niet te openen (%2).</source>
        <translation>%1: the file cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1, regel %2, veld %3: %4</source>
        <translation>%1, line %2, field %3: %4</translation>
    </message>
    <message>
        <source>%1, regel %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>het bestand is leeg; verwacht een kopregel met het aantal regio&apos;s</source>
        <translation>the file is empty; expected a header line with the number of regions</translation>
    </message>
    <message>
        <source>kopregel &apos;%1&apos; is geen &apos;0 n naam id&apos; of &apos;n&apos;</source>
        <translation>header line &apos;%1&apos; is not &apos;0 n name id&apos; or &apos;n&apos;</translation>
    </message>
    <message>
        <source>verwacht &apos;id aantal&apos;, gevonden %1 velden</source>
        <translation>expected &apos;id count&apos;, found %1 fields</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen aantal buren</source>
        <translation>&apos;%1&apos; is no number of neighbours</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen regio van dit niveau en deze indeling</source>
        <translation>&apos;%1&apos; is no region of this level and division</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat er twee keer in</source>
        <translation>&apos;%1&apos; occurs twice</translation>
    </message>
    <message>
        <source>de buren van &apos;%1&apos; ontbreken (het bestand houdt op)</source>
        <translation>the neighbours of &apos;%1&apos; are missing (the file ends)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; heeft %2 buren volgens regel %3, maar hier staan er %4</source>
        <translation>&apos;%1&apos; has %2 neighbours according to line %3, but %4 are listed here</translation>
    </message>
    <message>
        <source>de kopregel noemt %1 regio&apos;s, het bestand geeft er %2</source>
        <translation>the header line gives %1 regions, the file holds %2</translation>
    </message>
    <message>
        <source>buur &apos;%1&apos; staat niet als regio in het bestand</source>
        <translation>neighbour &apos;%1&apos; is not a region of the file</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is zijn eigen buur</source>
        <translation>&apos;%1&apos; is its own neighbour</translation>
    </message>
    <message>
        <source>Focus: %1 is geen gemeente in deze werkruimte (verwacht een gemeentecode zoals GM0402).</source>
        <translation>Focus: %1 is no gemeente of this workspace (expected a gemeente code such as GM0402).</translation>
    </message>
</context>
<context>
    <name>wijk::engine::CompositeDefinition</name>
    <message>
        <source>geen definitie van een samengestelde index</source>
        <translation>no definition of a composite index</translation>
    </message>
    <message>
        <source>de definitie mist code, niveau of schaal</source>
        <translation>the definition lacks a code, level or scaling</translation>
    </message>
    <message>
        <source>een onderdeel mist een indicator of een positief gewicht</source>
        <translation>a component lacks an indicator or a positive weight</translation>
    </message>
    <message>
        <source>de definitie heeft geen onderdelen</source>
        <translation>the definition has no components</translation>
    </message>
    <message>
        <source>Samengestelde index</source>
        <translation>Composite index</translation>
    </message>
    <message>
        <source>, lager is beter</source>
        <translation>, lower is better</translation>
    </message>
    <message>
        <source>%1 (thema %2, gewicht %3%4)</source>
        <translation>%1 (theme %2, weight %3%4)</translation>
    </message>
    <message>
        <source>eigen</source>
        <translation>own</translation>
    </message>
    <message>
        <source>Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de z-scores van de onderdelen binnen het niveau %1 per jaar; bij &apos;lager is beter&apos; telt de z-score omgekeerd, zodat hoger steeds beter is. Onderdelen: %2.</source>
        <translation>Composed by the Wijkmonitor Workbench: the weighted mean of the components&apos; z-scores within the level %1 per year; for &apos;lower is better&apos; the z-score counts reversed, so that higher is always better. Components: %2.</translation>
    </message>
    <message>
        <source>Samengesteld door de Wijkmonitor Workbench: het gewogen gemiddelde van de min-max-scores (0-100) van de onderdelen binnen het niveau %1 per jaar; bij &apos;lager is beter&apos; telt 100 min de score, zodat hoger steeds beter is. Onderdelen: %2.</source>
        <translation>Composed by the Wijkmonitor Workbench: the weighted mean of the components&apos; min-max scores (0-100) within the level %1 per year; for &apos;lower is better&apos; 100 minus the score counts, so that higher is always better. Components: %2.</translation>
    </message>
</context>
<context>
    <name>wijk::engine::Dataset</name>
    <message>
        <source>Observation %1 / %2 / %3 skipped: unknown %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::engine::boundaries</name>
    <message>
        <source>grenzen %1</source>
        <translation>boundaries %1</translation>
    </message>
    <message>
        <source>Geen grenzen voor de indeling van %1</source>
        <translation>No boundaries for the division of %1</translation>
    </message>
    <message>
        <source>Geen grenzen van %1 voor de indeling van %2</source>
        <translation>No boundaries of %1 for the division of %2</translation>
    </message>
    <message>
        <source> (wel in %1)</source>
        <translation> (it does in %1)</translation>
    </message>
    <message>
        <source>%1 bestaat niet in de indeling van %2%3</source>
        <translation>%1 does not exist in the division of %2%3</translation>
    </message>
    <message>
        <source>%1 heeft geen %2 in de indeling van %3%4</source>
        <translation>%1 has no %2 in the division of %3%4</translation>
    </message>
    <message>
        <source>wijken</source>
        <translation>districts</translation>
    </message>
    <message>
        <source>buurten</source>
        <translation>neighbourhoods</translation>
    </message>
</context>
<context>
    <name>wijk::engine::signals</name>
    <message>
        <source>de buurten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 stijgt sinds %3 met %4 per jaar (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 daalt sinds %3 met %4 per jaar (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, terwijl het gemiddelde in %1 gelijk blijft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, terwijl het gemiddelde in %1 stijgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, terwijl het gemiddelde in %1 daalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sneller dan gemiddeld in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, langzamer dan gemiddeld in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 ver boven het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 ver onder het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 boven het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ligt in %3 met %4 onder het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 stijgen sinds %3 met %4 per jaar (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 dalen sinds %3 met %4 per jaar (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 onder het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 boven het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 ver onder het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 liggen in %3 met %4 ver boven het gemiddelde van %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::engine::spatial</name>
    <message>
        <source>De grens van %1 is niet leesbaar (WKB).</source>
        <translation>The boundary of %1 cannot be read (WKB).</translation>
    </message>
    <message>
        <source>De werkruimte heeft geen %1 van indeling %2.</source>
        <translation>The workspace has no %1 of division %2.</translation>
    </message>
    <message>
        <source>De werkruimte heeft geen grenzen van %1 van indeling %2.</source>
        <translation>The workspace has no boundaries of %1 of division %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen soort gewichten: queen, rook, knn:K of gal:BESTAND.</source>
        <translation>&apos;%1&apos; is no kind of weights: queen, rook, knn:K or gal:FILE.</translation>
    </message>
    <message>
        <source>De gewichten &apos;%1&apos; zijn voor het niveau %2, niet voor %3.</source>
        <translation>The weights &apos;%1&apos; are for the level %2, not %3.</translation>
    </message>
</context>
<context>
    <name>wijk::gpkg</name>
    <message>
        <source>the geometry cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the geometry is a %1, not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the geometry is invalid (self-intersecting or badly nested rings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::DataExportDialog</name>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (values with the region boundaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator over all years (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator at every level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the trends (a sheet; for CSV a second file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel with Dutch settings (; and decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The indicators of its theme (%n)</source>
        <translation>
            <numerusform>The indicator of its theme (%n)</numerusform>
            <numerusform>The indicators of its theme (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table as shown: its rows, columns, filter and sort order (%n row(s))</source>
        <translation>
            <numerusform>The table as shown: its rows, columns, filter and sort order (%n row)</numerusform>
            <numerusform>The table as shown: its rows, columns, filter and sort order (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::DivisionChoice</name>
    <message>
        <source>Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures cannot be converted to the division of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As delivered: every year on its own division (a redrawn wijk or buurt breaks its series). Converted: every year moved onto one division by the workspace&apos;s crosswalks; moved figures are estimates, marked ≈ in the table and hollow squares in the trend chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the figures to the division of %1; the window shows the previous division until they are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::EnglishSignalSentence</name>
    <message>
        <source>the neighbourhoods</source>
        <translation>the neighbourhoods</translation>
    </message>
    <message>
        <source>the districts</source>
        <translation>the districts</translation>
    </message>
    <message>
        <source>the municipalities</source>
        <translation>the municipalities</translation>
    </message>
    <message>
        <source>the areas</source>
        <translation>the areas</translation>
    </message>
    <message>
        <source>Rising since %1 by %2 per year (%3)</source>
        <translation>Rising since %1 by %2 per year (%3)</translation>
    </message>
    <message>
        <source>Falling since %1 by %2 per year (%3)</source>
        <translation>Falling since %1 by %2 per year (%3)</translation>
    </message>
    <message>
        <source>, while the average in %1 stays level</source>
        <translation>, while the average in %1 stays level</translation>
    </message>
    <message>
        <source>, while the average in %1 rises</source>
        <translation>, while the average in %1 rises</translation>
    </message>
    <message>
        <source>, while the average in %1 falls</source>
        <translation>, while the average in %1 falls</translation>
    </message>
    <message>
        <source>, faster than the average in %1</source>
        <translation>, faster than the average in %1</translation>
    </message>
    <message>
        <source>, slower than the average in %1</source>
        <translation>, slower than the average in %1</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies far above the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 the value, %2, lies far above the mean of %3 (%4): %5 standard deviations.</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies far below the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 the value, %2, lies far below the mean of %3 (%4): %5 standard deviations.</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies above the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 the value, %2, lies above the mean of %3 (%4): %5 standard deviations.</translation>
    </message>
    <message>
        <source>In %1 the value, %2, lies below the mean of %3 (%4): %5 standard deviations.</source>
        <translation>In %1 the value, %2, lies below the mean of %3 (%4): %5 standard deviations.</translation>
    </message>
    <message>
        <source>For this indicator that is an improvement.</source>
        <translation>For this indicator that is an improvement.</translation>
    </message>
    <message>
        <source>For this indicator that is a deterioration.</source>
        <translation>For this indicator that is a deterioration.</translation>
    </message>
</context>
<context>
    <name>wijk::gui::FocusController</name>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every region of the workspace instead of the focus gemeente&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose focus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the gemeente whose wijken and buurten the views show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gemeente whose wijken and buurten the views show (remembered with the workspace):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus holds until the window closes; it could not be remembered in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice holds until the window closes; it could not be remembered in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::FocusPrompt</name>
    <message>
        <source>&lt;b&gt;Choose your gemeente:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This workspace holds %n gemeenten. The views show the wijken and buurten of the one you choose, with the country as reference; the choice is remembered with the workspace.</source>
        <translation>
            <numerusform>This workspace holds %n gemeente. The views show the wijken and buurten of the one you choose, with the country as reference; the choice is remembered with the workspace.</numerusform>
            <numerusform>This workspace holds %n gemeenten. The views show the wijken and buurten of the one you choose, with the country as reference; the choice is remembered with the workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::ImportController</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importable files (*.zip *.csv *.xlsx *.gpkg *.json *.geojson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace for the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::ImportWatch</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again: the figures of imports made since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New import in %1 since it was read: View → Refresh (%2) shows the new figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::MainWindow</name>
    <message>
        <source>Wijkmonitor Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an extract folder or zip, a CBS file, CSV, XLSX or GeoPackage (or drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wijkmonitor Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator on the vertical axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open. Open a workspace (Ctrl+O), open the demo, or drop an extract folder, zip, CSV, XLSX or GeoPackage here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wijkmonitor Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) selected</source>
        <translation>
            <numerusform>%n region selected</numerusform>
            <numerusform>%n regions selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wijkmonitor Workbench&lt;/h3&gt;&lt;p&gt;Neighbourhood figures of Dutch municipalities: import, explore, test trends honestly, map and report — offline.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team workspace on a PostgreSQL/PostGIS server (docs/team-workspace.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QGIS authentication database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password of the QGIS authentication database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::MapExportDialog</name>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (print, vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector, to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole area (not the part on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::MapPresenter</name>
    <message>
        <source>The map cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the spatial weights and clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EB-estimated rates (raw rates in the table and tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::MemoDialog</name>
    <message>
        <source>Council memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your opening paragraph (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT (to edit in Word or LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals (tick and order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No signals ticked: the memo leads with the %n unfavourable signal(s)</source>
        <translation>
            <numerusform>No signals ticked: the memo leads with the %n unfavourable signal</numerusform>
            <numerusform>No signals ticked: the memo leads with the %n unfavourable signals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen signal(s)</source>
        <translation>
            <numerusform>%n chosen signal</numerusform>
            <numerusform>%n chosen signals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::OutputPathField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist:
%1

Replace them?</source>
        <translation>
            <numerusform>%n file already exists:
%1

Replace it?</numerusform>
            <numerusform>%n files already exist:
%1

Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::ProfileDialog</name>
    <message>
        <source>Wijk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected wijk(en): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wijken of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF (several wijken: with a table of contents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per wijk, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 already holds wijk profiles. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::ReportActions</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk profiles, the council memo, map and data exports (click: wijk profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with your own wijkprofiel.qpt and wijk_map_a4_landscape.qpt layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile template %1 cannot be used: %2
The built-in layout is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map template %1 cannot be used: %2
The built-in layout is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making wijk profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the council memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with your own layouts (wijkprofiel.qpt, wijk_map_a4_landscape.qpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no layouts yet. Copy the built-in ones into it, to change them in the QGIS layout designer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s):</source>
        <translation>
            <numerusform>Wrote %n file:</numerusform>
            <numerusform>Wrote %n files:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel came too late: the job had finished, and its files are complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::ReportProcess</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report program %1 stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report program %1 cannot be started (it is installed next to the window&apos;s program): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::SpatialController</name>
    <message>
        <source>Moran scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EB-estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical Bayes rates on the map and next to the raw rates in the table: small denominators shrink towards the overall rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clusters cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The similar areas cannot be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::TakeOffline</name>
    <message>
        <source>Take &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the team workspace (or some of its gemeenten) into a workspace file that works without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline: %1 regions and %2 values in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the offline workspace now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::gui::TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the team workspace (or some of its gemeenten) into a workspace file that works without a network. Its figures are those of now; the file records where and when it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All of the team workspace (%n gemeente(n)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gemeente(n) with their wijken and buurten.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wijk::gui::TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (pg_service.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI or connection keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from the chosen QGIS login, or else from ~/.pgpass, PGPASSWORD or the service file. The workbench never stores a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QGIS login (authcfg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: libpq finds the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location starts with postgresql://, service=, host= or dbname=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::import</name>
    <message>
        <source>%1 exists already; pull writes a new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of %1 come from extract %2, which the workspace no longer lists; nothing was pulled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::import::ComposedIndicator</name>
    <message>
        <source>%1 (%2, %3) is niet opgeslagen: %4</source>
        <translation>%1 (%2, %3) was not stored: %4</translation>
    </message>
</context>
<context>
    <name>wijk::maps</name>
    <message>
        <source>QGIS has no classification method &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QGIS&apos;s %1 classification gave no classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower outlier (&lt; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 25% (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25% – 50% (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50% – 75% (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 75% (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper outlier (&gt; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no values to classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual classification needs 1 to 8 breaks (2 to 9 classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual breaks must be strictly ascending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of classes must be 3 to 9, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend not significant (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SVG layer could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown output format; use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the layout template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: QGIS could not load this layout template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout template has no map item with id &apos;map&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readable layer &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, layer %2: field &apos;%3&apos; not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid filter &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, feature %2 (%3): cannot reproject to EPSG:28992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no regions with a code and a geometry%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the regions could not be loaded into memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map labels could not be written to the region layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no geometry to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be loaded into memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed (privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers (dotted; shown, not a signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change or trend map cannot be a box map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Moran clusters %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::presentation</name>
    <message>
        <source>Unknown indicator &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start year %1 is after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical Bayes rates are for ratios (a numerator per denominator); %1 is no ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical Bayes rates need the numerator and the denominator of %1 in the workspace; it lacks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EB-estimated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical Bayes rate: the raw rate shrunk towards the overall rate, the more the smaller its denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EB-estimated: %1 (raw %2; %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>median of %n similar municipalities</source>
        <translation>
            <numerusform>median of %n similar municipality</numerusform>
            <numerusform>median of %n similar municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n similar buurten</source>
        <translation>
            <numerusform>median of %n similar buurt</numerusform>
            <numerusform>median of %n similar buurten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n similar wijken</source>
        <translation>
            <numerusform>median of %n similar wijk</numerusform>
            <numerusform>median of %n similar wijken</numerusform>
        </translation>
    </message>
    <message>
        <source>High–high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low–low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High–low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low–high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row-standardised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 permutations, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benjamini–Hochberg, q ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n island(s) left out</source>
        <translation>
            <numerusform>%n island left out</numerusform>
            <numerusform>%n islands left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Moran&apos;s I %1 (p %2; n %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (standardised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spatial lag (neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moran scatter · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::sql</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file may not grow any larger (the file size limit is reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rolled the transaction back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::IndicatorCatalogue</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values based on fewer than %1 are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indicators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an indicator to see its definition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::MapControls</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on each side of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same classes every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes (and the ranking&apos;s axis) computed over all years of the series, so that playing through the years shows growth; off: each year its own classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the colours show: the value, the change since the previous period, the trend, or the signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How values are divided into classes. Change and trend maps: a neutral class for no change or no significant trend, and classes by this method on each side of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes (3–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::MapView</name>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: QGIS cannot read this file as a map layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add background layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map layers (*.gpkg *.mbtiles *.tif *.tiff *.shp *.geojson *.json *.fgb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the selected regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add background layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::ScaleBarOverlay</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::SignalsList</name>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district (wijk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbourhood (buurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfavourable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signal</numerusform>
            <numerusform>%n signals</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing signals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral (no polarity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · tick to put this signal in the council memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::ValuesTableModel</name>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed: fewer observations than the disclosure threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived: aggregated by the workbench from the buurten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; small numbers: the denominator is below the reliability threshold, so this value is never a signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::ValuesTableView</name>
    <message>
        <source>%1: estimated (moved onto this division by a crosswalk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 estimated: moved onto this division by a crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the theme across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions down; across either the years of the chosen indicator or all indicators of its theme in the chosen year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;italic&lt;/i&gt;: provisional · &lt;span style=&apos;color:#1f4e79&apos;&gt;blue&lt;/span&gt;: derived by the workbench · %1: suppressed (below the disclosure threshold) · %2: small numbers (shown, never a signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withheld (fewer observations than the disclosure threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 small numbers (shown, never a signal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts</name>
    <message>
        <source>Chart made by Wijkmonitor Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PNG file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::ChartPanel</name>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::DistributionChart</name>
    <message>
        <source>regions (n = %1; %2 without a value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions (n = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outliers (beyond 1.5 × IQR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::MoranScatterChart</name>
    <message>
        <source>slope = Moran&apos;s I = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::RankingChart</name>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::ScatterChart</name>
    <message>
        <source>linear fit: r = %1, n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions (%1 left out: no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::widgets::charts::TrendChart</name>
    <message>
        <source>estimated (crosswalk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend (Theil-Sen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend (Theil-Sen), not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend, 95% band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wijk::workspace</name>
    <message>
        <source>De werkruimte %1 is alleen-lezen: %2</source>
        <translation>The workspace %1 is read-only: %2</translation>
    </message>
    <message>
        <source>De werkruimte %1 is niet te schrijven: %2</source>
        <translation>The workspace %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>De gewichten &apos;%1&apos; zijn niet opgeslagen in %2: %3</source>
        <translation>The weights &apos;%1&apos; were not stored in %2: %3</translation>
    </message>
    <message>
        <source>De werkruimte %1 heeft geen gewichten &apos;%2&apos;.</source>
        <translation>The workspace %1 has no weights &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a team workspace on PostgreSQL (postgresql://… or service=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the team workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a gemeente code (GM and four digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot limit the role %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
