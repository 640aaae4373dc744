/*
** model_image.c: compiles the name model of a data directory into DIR/model.bin, the image
** pc_model_load_dir loads instead of parsing the sources (csrc/model_image.c).
**   model_image DIR
** Always parses the sources (never a stale image); the output depends on them alone, so
** the same files give the same bytes. Run by `make model` (and `make data`).
*/
#include <stdio.h>
#include "protestcorpus.h"

int main(int argc, char **argv) {
  char path[4096];
  pc_model *m;
  int rc;
  if (argc != 2) {
    fprintf(stderr, "usage: model_image DATA_DIR\n");
    return 2;
  }
  if ((rc = pc_model_load_sources(argv[1], &m))) {
    fprintf(stderr, "model_image: %s: %s\n", argv[1], pc_errmsg(rc));
    return 1;
  }
  if ((size_t)snprintf(path, sizeof path, "%s/model.bin", argv[1]) >= sizeof path) {
    fprintf(stderr, "model_image: path too long\n");
    pc_model_free(m);
    return 1;
  }
  rc = pc_model_save(m, path);
  pc_model_free(m);
  if (rc) {
    fprintf(stderr, "model_image: %s: %s\n", path, pc_errmsg(rc));
    return 1;
  }
  printf("model_image: wrote %s\n", path);
  return 0;
}
