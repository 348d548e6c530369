/** Every message the notebook-file reader shows. */
export const messages = {
  noCells: () => "not a Jupyter notebook: it has no list of cells",
  notNbformat4: (nbformat: unknown) => `not an nbformat 4 notebook (nbformat ${JSON.stringify(nbformat)})`,
};
