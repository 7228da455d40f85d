// Only the CDwarsXML C target includes this module; Swift code never imports it (ICU clash, STYLE.md 3).
#ifndef CDWARS_LIBXML2_SHIM_H
#define CDWARS_LIBXML2_SHIM_H
#include <libxml/parser.h>
#endif
