// The peer for our ITM's per-profile cost: NTIA's reference ITM (https://github.com/NTIA/itm, built beside the project, never
// copied into it) timed on the same profile and inputs as PropagationBenchmarks' "ITM point-to-point" kernel.
// Reads a profile as one line "n,spacing,z0,...,zn" (tools/bench/itm-peer.sh writes it from our synthetic DEM).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int ITM_P2P_TLS(double, double, const double*, int, double, double, int, double, double, int, double, double, double, double*, long*);

int main(int argc, char** argv)
{
    if (argc < 3) { fprintf(stderr, "usage: itm-peer profile.csv calls\n"); return 2; }
    std::ifstream in(argv[1]);
    std::string line; std::getline(in, line);
    std::vector<double> pfl; std::stringstream ss(line); std::string cell;
    while (std::getline(ss, cell, ',')) pfl.push_back(atof(cell.c_str()));
    const long calls = atol(argv[2]);
    double sum = 0, A = 0; long warn = 0;
    // 1800 MHz, vertical, maritime subtropical, N0 301, εr 15, σ 0.005, mobile mode, medians: as our benchmark.
    for (int i = 0; i < 1000; i++) ITM_P2P_TLS(30, 1.5, pfl.data(), 3, 301, 1800, 1, 15, 0.005, 2, 50, 50, 50, &A, &warn);
    auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < calls; i++) { ITM_P2P_TLS(30, 1.5, pfl.data(), 3, 301, 1800, 1, 15, 0.005, 2, 50, 50, 50, &A, &warn); sum += A; }
    auto ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    printf("NTIA ITM (g++ -O2) p2p, %d samples: %.1f ns per call over %ld calls (loss %.4f dB)\n", (int)pfl[0] + 1, ns / calls, calls, A);
    return sum > 0 ? 0 : 1;
}
