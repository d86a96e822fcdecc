// What `npm start`, `npm run dev` and `npm run db:reset` say about the first admin they created. Its generated
// password is printed only for the project's own embedded database: on an external one (DATABASE_URL) the output
// goes to deployment logs that others read, so the operator is told how to give the admin a password instead.

export function firstAdminNotice(admin: { email: string; password: string }, local: boolean): string {
  if (local)
    return `Sign in as the demo admin: ${admin.email} / ${admin.password}  (shown once; change it under "My account")`;
  return (
    `Created the first admin, ${admin.email}. Give it a password with ` +
    `\`npm run user:create -- --email ${admin.email} --role admin --password-stdin\`.`
  );
}
