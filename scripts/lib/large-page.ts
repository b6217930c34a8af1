/**
 * A realistic 1 MB company website page for the reader benchmark: a long catalogue with
 * many sections, inline scripts, JSON-LD, footer links — invented company throughout.
 */
export function makeLargeWebsitePage(targetBytes: number): { url: string; html: string } {
  const url = 'https://www.ferreteria-demo-bench.es/catalogo';
  const head = `<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Catálogo | Ferretería Industrial Demo Bench</title>
<meta name="description" content="Suministro industrial para talleres desde 1987.">
<meta property="og:site_name" content="Ferretería Industrial Demo Bench">
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" href="/wp-content/themes/bench/style.css">
<script src="https://www.googletagmanager.com/gtm.js?id=GTM-BENCH1"></script>
<script src="https://js.hs-scripts.com/1234567.js" async defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Ferretería Industrial Demo Bench S.L.","url":"https://www.ferreteria-demo-bench.es/","telephone":"+34 944 000 111","address":{"@type":"PostalAddress","addressLocality":"Bilbao","addressCountry":"ES"},"foundingDate":"1987"}</script>
</head><body><header><nav><a href="/">Inicio</a><a href="/empleo">Trabaja con nosotros</a></nav></header><main>`;
  const foot = `</main><footer><p>© 2025 Ferretería Industrial Demo Bench S.L. · <a href="tel:+34944000111">944 000 111</a> · <a href="mailto:hola@ferreteria-demo-bench.es">hola@ferreteria-demo-bench.es</a></p>
<a href="https://www.linkedin.com/company/ferreteria-demo-bench/">LinkedIn</a></footer></body></html>`;
  const parts: string[] = [head];
  let size = head.length + foot.length;
  for (let i = 0; size < targetBytes; i++) {
    const block = `<section class="producto" id="p${i}"><h2>Referencia ${i}: llave dinamométrica ${i % 40} Nm</h2>
<p>Acero al cromo-vanadio, certificado ISO 6789. Pedido mínimo ${(i % 7) + 1} unidades. Envío en 24/48 h a toda la península.</p>
<ul><li>Medida ${i % 32} mm</li><li>Peso ${(i % 9) + 1},${i % 10} kg</li><li><a href="/producto/${i}">Ficha técnica</a></li></ul>
${i % 25 === 0 ? `<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"view_item","item":${i}});</script>` : ''}</section>\n`;
    parts.push(block);
    size += block.length;
  }
  parts.push(foot);
  return { url, html: parts.join('') };
}
