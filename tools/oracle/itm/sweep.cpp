// Oracle sweep for our ITM: calls NTIA's reference ITM (https://github.com/NTIA/itm, built beside the project, never copied
// into it) over a deterministic spread of inputs and prints one CSV row per case with the loss at full precision.
// Build and run: tools/oracle/itm/make-vectors.sh (writes tests/.../Itm/Vectors/oracle-p2p.csv and oracle-area.csv).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" {
struct IntermediateValues { double theta_hzn[2], d_hzn__meter[2], h_e__meter[2], N_s, delta_h__meter, A_ref__db, A_fs__db, d__km; int mode; };
int ITM_P2P_TLS_Ex(double, double, const double*, int, double, double, int, double, double, int, double, double, double, double*, long*, IntermediateValues*);
int ITM_AREA_TLS_Ex(double, double, int, int, double, double, int, double, double, int, double, double, int, double, double, double, double*, long*, IntermediateValues*);
}

static unsigned long long state = 20261130ULL;
static double uniform() { state = state * 6364136223846793005ULL + 1442695040888963407ULL; return (state >> 11) * (1.0 / 9007199254740992.0); }
static double pick(const std::vector<double>& v) { return v[(size_t)(uniform() * v.size()) % v.size()]; }

int main(int argc, char** argv)
{
    if (argc < 3) { fprintf(stderr, "usage: sweep p2p|area pfls.csv\n"); return 2; }
    std::vector<std::vector<double>> profiles;
    std::ifstream in(argv[2]);
    for (std::string line; std::getline(in, line);)
    {
        if (line.empty()) continue;
        std::vector<double> v; std::stringstream ss(line); std::string cell;
        while (std::getline(ss, cell, ',')) v.push_back(atof(cell.c_str()));
        profiles.push_back(v);
    }
    const std::vector<double> heights = {1.5, 3, 10, 15, 30, 45, 60, 120};
    const std::vector<double> freqs = {50, 150, 450, 900, 1800, 2600, 3500, 5800, 9000, 15000};
    const std::vector<double> pct = {1, 10, 22, 50, 77, 90, 99};
    const std::vector<double> mdvars = {0, 1, 2, 3, 11, 12, 21, 33};
    if (strcmp(argv[1], "p2p") == 0)
    {
        printf("profile,intervals,h_tx__meter,h_rx__meter,climate,N_0,f__mhz,pol,epsilon,sigma,mdvar,time,location,situation,rtn,warnings,mode,A__db\n");
        for (int n = 0; n < 400; n++)
        {
            int p = n % (int)profiles.size();
            const std::vector<double>& full = profiles[p];
            int np = (int)full[0];
            const std::vector<double> fractions = {0.01, 0.05, 0.2, 0.5, 1.0};
            int used = (int)(pick(fractions) * np); if (used < 2) used = 2;
            std::vector<double> pfl(full.begin(), full.begin() + used + 3); pfl[0] = used;
            double htx = pick(heights), hrx = pick(heights), f = pick(freqs), t = pick(pct), l = pick(pct), s = pick(pct);
            int climate = 1 + (int)(uniform() * 7) % 7, pol = (int)(uniform() * 2) % 2, mdvar = (int)pick(mdvars);
            double N0 = 250 + (int)(uniform() * 15) * 10, eps = pick({4, 15, 25, 81}), sig = pick({0.001, 0.005, 0.01, 5});
            double A = 0; long warn = 0; IntermediateValues iv{};
            int rtn = ITM_P2P_TLS_Ex(htx, hrx, pfl.data(), climate, N0, f, pol, eps, sig, mdvar, t, l, s, &A, &warn, &iv);
            printf("%d,%d,%g,%g,%d,%g,%g,%d,%g,%g,%d,%g,%g,%g,%d,%ld,%d,%.10f\n", p, used, htx, hrx, climate, N0, f, pol, eps, sig, mdvar, t, l, s,
                   rtn, warn, iv.mode, rtn <= 1 ? A : 0.0);
        }
    }
    else
    {
        const std::vector<double> distances = {0.5, 1, 3, 10, 16, 30, 75, 100, 250, 600};
        const std::vector<double> deltaHs = {0, 5, 20, 45, 90, 200, 500};
        printf("h_tx__meter,h_rx__meter,tx_siting,rx_siting,d__km,delta_h__meter,climate,N_0,f__mhz,pol,epsilon,sigma,mdvar,time,location,situation,rtn,warnings,mode,A__db\n");
        for (int n = 0; n < 400; n++)
        {
            double htx = pick(heights), hrx = pick(heights), f = pick(freqs), t = pick(pct), l = pick(pct), s = pick(pct);
            double d = pick(distances), dh = pick(deltaHs);
            int climate = 1 + (int)(uniform() * 7) % 7, pol = (int)(uniform() * 2) % 2, mdvar = (int)pick(mdvars);
            int txs = (int)(uniform() * 3) % 3, rxs = (int)(uniform() * 3) % 3;
            double N0 = 250 + (int)(uniform() * 15) * 10, eps = pick({4, 15, 25, 81}), sig = pick({0.001, 0.005, 0.01, 5});
            double A = 0; long warn = 0; IntermediateValues iv{};
            int rtn = ITM_AREA_TLS_Ex(htx, hrx, txs, rxs, d, dh, climate, N0, f, pol, eps, sig, mdvar, t, l, s, &A, &warn, &iv);
            printf("%g,%g,%d,%d,%g,%g,%d,%g,%g,%d,%g,%g,%d,%g,%g,%g,%d,%ld,%d,%.10f\n", htx, hrx, txs, rxs, d, dh, climate, N0, f, pol, eps, sig, mdvar,
                   t, l, s, rtn, warn, iv.mode, rtn <= 1 ? A : 0.0);
        }
    }
    return 0;
}
