# The reference for the spatial benchmark (docs/benchmarks.md, "Spatial statistics"): the
# same run as `wijkmonitor-cli spatial --weights queen --transform W --permutations 999` in
# R spdep. Reads one level's boundaries of one vintage from a workspace GeoPackage (read-only)
# and the values the workbench analysed (its --out CSV: region,value,...), then times
# poly2nb(queen) + nb2listw(style = "W") + localmoran_perm(nsim = 999) with system.time.
#
# Bench-only (not in scripts/install-deps.sh): apt-get install -y r-cran-spdep
# usage: Rscript bench/bench_spatial_spdep.R WORKSPACE.gpkg LAYER VINTAGE VALUES.csv
suppressPackageStartupMessages({
  library(sf)
  library(spdep)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4)
  stop("usage: Rscript bench/bench_spatial_spdep.R WORKSPACE.gpkg LAYER VINTAGE VALUES.csv")
workspace <- args[1]
layer <- args[2]
vintage <- as.integer(args[3])
values_csv <- args[4]

# Only the regions the workbench analysed (islands left out there too), in its order.
analysed <- read.csv(values_csv, colClasses = c(region = "character"))
analysed <- analysed[!is.na(analysed$value) & !is.na(analysed$local_i), ]

read_time <- system.time({
  regions <- st_read(workspace, query = sprintf(
    "SELECT code, geom FROM %s WHERE vintage = %d", layer, vintage), quiet = TRUE)
  regions <- regions[match(analysed$region, regions$code), ]
})
cat(sprintf("%s %s %d: %d regions read in %.2f s\n", workspace, layer, vintage,
            nrow(regions), read_time[["elapsed"]]))

set.seed(12345)
nb <- NULL
queen_time <- system.time(nb <- poly2nb(regions, queen = TRUE))
islands <- sum(card(nb) == 0)
listw_time <- system.time(lw <- nb2listw(nb, style = "W", zero.policy = TRUE))
lisa <- NULL
lisa_time <- system.time(
  lisa <- localmoran_perm(analysed$value, lw, nsim = 999, zero.policy = TRUE))

cat(sprintf("links %d, islands %d\n", sum(card(nb)), islands))
cat(sprintf("poly2nb(queen)            %6.2f s elapsed (%.2f s user)\n",
            queen_time[["elapsed"]], queen_time[["user.self"]]))
cat(sprintf("nb2listw(style = \"W\")     %6.2f s elapsed\n", listw_time[["elapsed"]]))
cat(sprintf("localmoran_perm(999)      %6.2f s elapsed (%.2f s user)\n",
            lisa_time[["elapsed"]], lisa_time[["user.self"]]))
cat(sprintf("queen + weights + LISA    %6.2f s elapsed\n",
            queen_time[["elapsed"]] + listw_time[["elapsed"]] + lisa_time[["elapsed"]]))

# The same local I as the workbench (analytic, so independent of the permutations).
ii <- lisa[, "Ii"]
cat(sprintf("largest |Ii - workbench local_i|: %.3g\n", max(abs(ii - analysed$local_i))))
