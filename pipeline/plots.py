"""Figures and tables for the notebooks, from the DataFrames of ``pipeline.load``.

- :func:`places_map`: the linked places with coordinates on a plotly map that
  needs no network: plotly.js is inlined by the notebook renderer, and the
  background is Natural Earth's shaded relief (public domain) as shipped inside
  the cartopy wheel (720x360, plate carrée), embedded as a data URI in the
  figure. plotly's own ``scattergeo`` is not used: plotly.js downloads its
  coastlines from a CDN when it draws one, and offline it draws nothing.
- :func:`locations_by_country`: a table of places per country, with the
  countries' Russian names (pycountry's translations).
"""
from __future__ import annotations

import base64
import gettext
import math
from functools import lru_cache
from importlib.resources import files

import pandas as pd

BACKGROUND = ("cartopy", "data/raster/natural_earth/50-natural-earth-1-downsampled.png")


@lru_cache(maxsize=None)
def background_uri() -> str:
    """The world relief image (plate carrée, -180..180, -90..90) as a PNG data URI."""
    package, name = BACKGROUND
    data = (files(package) / name).read_bytes()
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


@lru_cache(maxsize=None)
def _country_names() -> dict[str, str]:
    import pycountry

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    return {c.alpha_2: ru.gettext(getattr(c, "common_name", None) or c.name) for c in pycountry.countries}


def country_name(code: str | None) -> str:
    """The Russian name of an ISO 3166-1 alpha-2 code ('UZ' → 'Узбекистан'); '—' for none."""
    if not isinstance(code, str) or not code:
        return "—"
    return _country_names().get(code, code)


def places(locations: pd.DataFrame) -> pd.DataFrame:
    """One row per place with coordinates: ``normal``, ``country``, ``kind``,
    ``lat``, ``lon``, ``mentions``, ``documents``; most mentioned first.
    Demonyms (``российский``) are left out: they carry their country's point
    but name no place."""
    located = locations[locations["kind"].astype("object") != "demonym"].dropna(subset=["lat", "lon"])
    if located.empty:
        return pd.DataFrame({"normal": pd.Series(dtype="str"), "country": pd.Series(dtype="str"),
                             "kind": pd.Series(dtype="str"), "lat": pd.Series(dtype="float64"),
                             "lon": pd.Series(dtype="float64"), "mentions": pd.Series(dtype="int64"),
                             "documents": pd.Series(dtype="int64")})
    grouped = (located.assign(country=located["country_code"].astype("object").map(country_name),
                              kind=located["kind"].astype("str"))
               .groupby(["normal", "country", "kind", "lat", "lon"], dropna=False)
               .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index())
    return grouped.sort_values(["mentions", "normal"], ascending=[False, True], ignore_index=True)


def locations_by_country(locations: pd.DataFrame) -> pd.DataFrame:
    """Per country (Russian name, index): ``code``, ``mentions``, ``places``
    (distinct), ``documents``, and the places, most mentioned first."""
    frame = locations.assign(code=locations["country_code"].astype("object").fillna(""))
    rows = []
    for code, group in frame.groupby("code", sort=False):
        counts = group["normal"].value_counts()
        rows.append({"страна": country_name(code), "code": code or None, "mentions": len(group),
                     "places": len(counts), "documents": group["doc_id"].nunique(),
                     "места": ", ".join(counts.index[:8]) + (" …" if len(counts) > 8 else "")})
    table = pd.DataFrame(rows, columns=["страна", "code", "mentions", "places", "documents", "места"])
    return table.sort_values(["mentions", "страна"], ascending=[False, True]).set_index("страна")


def _uncluttered(points: pd.DataFrame, dx: float, dy: float) -> list[str]:
    """Labels for the points, most mentioned first; a point closer than
    (``dx``, ``dy``) degrees to one already labelled is left unlabelled (its name
    is in the hover text)."""
    labelled: list[tuple[float, float]] = []
    labels = []
    for name, lat, lon in points[["normal", "lat", "lon"]].itertuples(index=False):
        if any(abs(lon - x) < dx and abs(lat - y) < dy for x, y in labelled):
            labels.append("")
        else:
            labelled.append((lon, lat))
            labels.append(name)
    return labels


def places_map(locations: pd.DataFrame, title: str = "Упомянутые места", pad: float = 4.0):
    """A plotly figure: each place with coordinates, sized by mentions, labelled
    with its Russian name where labels do not overlap (every name is in the hover
    text), over the relief background; zoomed to the places
    (``pad`` degrees around them), lat/lon scaled for the middle latitude."""
    import plotly.graph_objects as go

    points = places(locations)
    if points.empty:
        west, east, south, north = -180.0, 180.0, -90.0, 90.0
    else:
        west, east = max(points["lon"].min() - pad, -180), min(points["lon"].max() + pad, 180)
        south, north = max(points["lat"].min() - pad, -90), min(points["lat"].max() + pad, 90)
    labels = _uncluttered(points, 0.06 * (east - west), 0.06 * (north - south))
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=points["lon"], y=points["lat"], mode="markers+text", text=labels,
        textposition="top center", textfont={"size": 13, "color": "#111"},
        marker={"size": [10 + 6 * math.sqrt(m) for m in points["mentions"]], "color": "#d62728",
                "opacity": 0.85, "line": {"width": 1, "color": "white"}},
        customdata=points[["normal", "country", "kind", "mentions", "documents"]].to_numpy(),
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}, %{customdata[2]}<br>"
                      "упоминаний: %{customdata[3]}, документов: %{customdata[4]}<br>"
                      "%{y:.2f}° с. ш., %{x:.2f}° в. д.<extra></extra>",
        name="места"))
    ratio = 1 / max(math.cos(math.radians((south + north) / 2)), 0.2)
    fig.add_layout_image(source=background_uri(), xref="x", yref="y", x=-180, y=90, sizex=360, sizey=180,
                         sizing="stretch", layer="below", opacity=0.9)
    fig.update_xaxes(range=[west, east], title="долгота", showgrid=False, zeroline=False)
    fig.update_yaxes(range=[south, north], title="широта", showgrid=False, zeroline=False,
                     scaleanchor="x", scaleratio=ratio)
    fig.update_layout(title=title, width=900, height=560, showlegend=False, plot_bgcolor="#cfe3f2",
                      margin={"l": 60, "r": 20, "t": 50, "b": 50})
    return fig
