import { Migration } from '@mikro-orm/migrations';

/**
 * Dated renames (issue #12 §4): a former name's first day, `used_from`. Rows written before carry
 * only their last day; each is taken to start the day after the organisation's previous former
 * name ended (by last day, then id), the first one on the founding day (see the SQLite twin).
 */
export class Migration20261203073603 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organization_former_name" add column "used_from" date null;`);
    this.addSql(`update "organization_former_name" f set "used_from" = coalesce(
      (select max(p.used_until) + 1 from organization_former_name p
        where p.organization_id = f.organization_id
          and (p.used_until < f.used_until or (p.used_until = f.used_until and p.id < f.id))),
      (select o.founded_on from organization o where o.id = f.organization_id));`);
    this.addSql(`alter table "organization_former_name" alter column "used_from" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization_former_name" drop column "used_from";`);
  }

}
