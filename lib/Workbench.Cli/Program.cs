// The `workbench` command: thin, everything it computes lives in lib/Workbench.
return 0;
