// cairo with its PDF surface: used only by the sample-PDF generator in Extraction.
#ifndef CDWARS_CAIRO_SHIM_H
#define CDWARS_CAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#endif
