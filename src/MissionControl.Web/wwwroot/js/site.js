// Progressive enhancement: pages work without this file. It draws the charts whose data the server put
// in a data-chart attribute, and runs again after Blazor's enhanced navigation swaps the page.
(function () {
  "use strict";

  function draw() {
    if (typeof Chart === "undefined") { return; }
    document.querySelectorAll("canvas[data-chart]:not([data-drawn])").forEach(function (canvas) {
      var spec;
      try { spec = JSON.parse(canvas.getAttribute("data-chart")); } catch (e) { return; }
      canvas.setAttribute("data-drawn", "true");
      var datasets = [
        { label: "Observed", data: spec.observations, borderColor: "#1d3b6e", backgroundColor: "#1d3b6e", pointRadius: 3, borderWidth: 2.5, tension: 0 },
        { label: "Planned trajectory", data: spec.plan, borderColor: "#505a5f", borderDash: [6, 4], pointRadius: 0, borderWidth: 2 },
        { label: "Forecast", data: spec.forecast, borderColor: "#d4351c", borderDash: [2, 3], pointRadius: 0, borderWidth: 2 },
        { label: "Target", data: spec.target ? [spec.target] : [], borderColor: "#00703c", backgroundColor: "#00703c", pointStyle: "rectRot", pointRadius: 8, showLine: false }
      ];
      new Chart(canvas, {
        type: "line",
        data: { datasets: datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          parsing: false,
          scales: {
            x: { type: "linear", ticks: { callback: function (v) { return Math.round(v) === v ? String(v) : ""; } }, title: { display: false } },
            y: { title: { display: true, text: spec.unit } }
          },
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { title: function (items) { return items.length ? items[0].raw.label || "" : ""; } } }
          }
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
  if (window.Blazor && window.Blazor.addEventListener) { window.Blazor.addEventListener("enhancedload", draw); }
  document.addEventListener("enhancedload", draw);
  // blazor.web.js loads after this file; hook its event once it exists.
  window.addEventListener("load", function () {
    if (window.Blazor && window.Blazor.addEventListener) { window.Blazor.addEventListener("enhancedload", draw); }
    draw();
  });
})();
