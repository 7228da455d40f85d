// libstemmer (Snowball) for the Tokenization module's Dutch stemmer wrapper.
#ifndef CDWARS_STEMMER_SHIM_H
#define CDWARS_STEMMER_SHIM_H
#include <libstemmer.h>
#endif
