import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(async ({ command }) => {
  const plugins: PluginOption[] = [react()];
  // The mock API exists only for `vite` (dev server); a build never loads it, so it never ships.
  if (command === 'serve' && process.env.DRUMBEAT_API === undefined) {
    const { mockApi } = await import('./dev/mockApi.js');
    plugins.push(mockApi());
  }
  return {
    root: webRoot,
    // Absolute asset URLs: the server serves index.html for every dashboard path (/workspaces/…).
    base: '/',
    plugins,
    build: {
      outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
      emptyOutDir: true,
      // ECharts alone is ~630 kB minified (210 kB gzipped) even with only the charts used here.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        output: {
          // Charts and React change rarely; as their own files they stay cached across app updates.
          codeSplitting: {
            groups: [
              { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      host: '127.0.0.1',
      // With DRUMBEAT_API=http://127.0.0.1:PORT the dev server talks to a real `drumbeat serve`.
      ...(process.env.DRUMBEAT_API === undefined
        ? {}
        : { proxy: { '/api': { target: process.env.DRUMBEAT_API, changeOrigin: true } } }),
    },
  };
});
