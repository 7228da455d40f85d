// Imports poppler-glib (and through it GLib and cairo types) for the Extraction module only.
#ifndef CDWARS_POPPLER_SHIM_H
#define CDWARS_POPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <glib-object.h>

/// Swift cannot call the g_object_unref macro-free idiom through casts cleanly; one typed helper.
static inline void cdwars_object_unref(void *object) { if (object) g_object_unref(object); }
/// GError is freed through this helper so Swift never touches the struct's lifetime rules.
static inline void cdwars_error_free(GError *error) { if (error) g_error_free(error); }
/// g_free for strings poppler hands out.
static inline void cdwars_free(void *p) { g_free(p); }
#endif
