// Debian's libyaml (libyaml-dev): the event parser the YAML reader builds its nodes from. Linked statically
// (Package.swift: -l:libyaml.a) so the binary copied to a jump host does not need libyaml installed there.
#include <yaml.h>
