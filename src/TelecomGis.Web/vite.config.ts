import { defineConfig } from 'vite';

// The build lands in the API's wwwroot, which serves it at / (src/TelecomGis.Api/Hosting/MapClientFiles.cs).
// `npm run dev` proxies the API so the map can be worked on against a running `dotnet run --project src/TelecomGis.Api`.
export default defineConfig({
  build: {
    outDir: '../TelecomGis.Api/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:5080' },
  },
});
