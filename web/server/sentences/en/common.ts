/** Words every sentence namespace shares. */
export const common = {
  quoted: '“{{title}}”',
  titlesAndMore_one: '{{titles}} and {{count}} more',
  titlesAndMore_other: '{{titles}} and {{count}} more',
};
