import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';

/** The endringslogg: every feature writes its audit rows through AuditService, in its own transaction. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
